package io.strongroom.interfaces.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Mounts JAX-RS at the root, because AWS SDKs and the CLI send every KMS call to {@code POST /}.
 * The console keeps working because its servlet mapping ({@code /console/*}) is a longer path
 * prefix and wins over this one. Also serves {@code /health}.
 */
@ApplicationPath("/")
public class KmsApiApplication extends Application {
}
