package io.strongroom.xksproxy.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.xksproxy.XksBodies;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** What every reply must look like: compact single-line JSON, errors with the spec's name and status. */
public final class XksAssertions {

    private XksAssertions() {
    }

    public static void assertError(HttpResponse<String> response, int status, String errorName) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().matches("\\{\"errorName\":\"" + errorName + "\",\"errorMessage\":\"[\\x20-\\x7E&&[^\"]]{0,511}\"}"),
                "not a compact one-line XKS error: " + response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
    }

    public static JsonObject assertOk(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(!response.body().contains("\n") && !response.body().contains("\": ") && !response.body().contains(" :"),
                "not compact single-line JSON: " + response.body());
        return XksBodies.parse(response.body());
    }
}
