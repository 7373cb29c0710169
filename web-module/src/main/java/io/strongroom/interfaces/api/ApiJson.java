package io.strongroom.interfaces.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.util.Collection;

/**
 * The JSON-P factories of the API, from a provider looked up once. The static methods of
 * {@link jakarta.json.Json} look the provider up again on every call, a ServiceLoader scan of the
 * application's whole class path; under load that scan was about a third of the server's CPU time
 * per API request. Use these methods instead of {@code Json.create...} in this package.
 */
public final class ApiJson {

    /** Resolved on first use, by a request thread whose context class loader is the application's. */
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private ApiJson() {
    }

    public static JsonObjectBuilder createObjectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder createArrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonArrayBuilder createArrayBuilder(Collection<?> values) {
        return PROVIDER.createArrayBuilder(values);
    }

    public static JsonParser createParser(InputStream in) {
        return PROVIDER.createParser(in);
    }
}
