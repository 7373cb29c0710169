package io.strongroom.interfaces.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * Mounts JAX-RS at the root, because AWS SDKs and the CLI send every KMS call to {@code POST /}.
 * The console keeps working because its servlet mapping ({@code /console/*}) is a longer path
 * prefix and wins over this one.
 */
@ApplicationPath("/")
public class KmsApiApplication extends Application {

    /**
     * Jersey answers an unmatched path with sendError, which would hand API clients the console's
     * HTML error page; setting the status instead keeps API errors free of HTML.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
