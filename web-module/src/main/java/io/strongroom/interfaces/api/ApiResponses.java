package io.strongroom.interfaces.api;

import io.strongroom.client.KmsError;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * The response shapes of the AWS JSON 1.1 protocol, shared by the resource and the exception
 * mappers: success bodies, the {@code {"__type","message"}} error body, and the request id that
 * every response carries in {@code x-amzn-RequestId}.
 */
public final class ApiResponses {

    public static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    public static final String REQUEST_ID_HEADER = "x-amzn-RequestId";
    public static final String ERROR_TYPE_HEADER = "x-amzn-ErrorType";
    private static final String REQUEST_ID_ATTRIBUTE = ApiResponses.class.getName() + ".requestId";

    private ApiResponses() {
    }

    /** The id of the current request, created on first use and kept for the rest of the request. */
    public static String requestId(HttpServletRequest request) {
        Object id = request.getAttribute(REQUEST_ID_ATTRIBUTE);
        if (id == null) {
            id = UUID.randomUUID().toString();
            request.setAttribute(REQUEST_ID_ATTRIBUTE, id);
        }
        return id.toString();
    }

    public static Response success(JsonObject body) {
        return Response.ok(body.toString(), CONTENT_TYPE).build();
    }

    public static Response error(KmsError error, String message) {
        JsonObject body = ApiJson.createObjectBuilder()
                .add("__type", error.name())
                .add("message", message == null ? "" : message)
                .build();
        return Response.status(error.httpStatus())
                .type(CONTENT_TYPE)
                .header(ERROR_TYPE_HEADER, error.name())
                .entity(body.toString())
                .build();
    }
}
