package io.strongroom.interfaces.api;

import io.strongroom.application.AuditTrail;
import io.strongroom.application.CallerContext;
import io.strongroom.application.auth.ApiAuthenticator;
import io.strongroom.application.auth.AuthenticationFailedException;
import io.strongroom.application.auth.SignedRequest;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The single endpoint of the AWS KMS JSON 1.1 protocol: {@code POST /} with the operation named
 * in {@code X-Amz-Target}. It authenticates the SigV4 signature, dispatches to the operation and
 * audits every request it refuses itself before a service runs (the services audit the rest).
 * One instance serves all requests (its fields are proxies), because creating and injecting a
 * resource per request cost about an eighth of the server's CPU time per API call.
 */
@Path("/")
@ApplicationScoped
public class KmsJsonResource {

    static final String ANONYMOUS = "anonymous";
    static final String CHANNEL = "api";
    /** Far above any valid KMS request (4 KiB plaintext, 6 KiB blobs, 32 KiB policy), to bound memory. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    @Inject
    private ApiAuthenticator authenticator;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private KmsOperations operations;

    @Context
    private HttpServletRequest servletRequest;

    @POST
    public Response handle(InputStream bodyStream) throws IOException {
        String requestId = ApiResponses.requestId(servletRequest);
        String source = servletRequest.getRemoteAddr();
        String target = servletRequest.getHeader("X-Amz-Target");
        String operationName = KmsOperations.operationName(target);

        byte[] body;
        String principal;
        try {
            body = readBody(bodyStream);
            principal = authenticator.authenticate(signedRequest(body));
        } catch (KmsException e) {
            String claimed = e instanceof AuthenticationFailedException failed
                    ? failed.claimedPrincipalArn().orElse(ANONYMOUS) : ANONYMOUS;
            auditTrail.recordRejectedRequest(new CallerContext(claimed, requestId, source, CHANNEL),
                    operationName, e.error().name());
            throw e;
        }
        CallerContext caller = new CallerContext(principal, requestId, source, CHANNEL);
        try {
            KmsOperation operation = operations.forTarget(target);
            return ApiResponses.success(operation.handle(parseObject(body), caller));
        } catch (InvalidRequestException e) {
            // Refused by this layer; errors raised by a service were audited by that service.
            auditTrail.recordRejectedRequest(caller, operationName, e.error().name());
            throw e;
        }
    }

    /** The request exactly as received: the signature covers the raw path, query and headers. */
    private SignedRequest signedRequest(byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(servletRequest.getHeaderNames())) {
            headers.put(name, Collections.list(servletRequest.getHeaders(name)));
        }
        return new SignedRequest(servletRequest.getMethod(), servletRequest.getRequestURI(),
                servletRequest.getQueryString(), headers, body);
    }

    private static byte[] readBody(InputStream stream) throws IOException {
        if (stream == null) {
            return new byte[0];
        }
        byte[] body = stream.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw InvalidRequestException.invalid("body", "Request body must not exceed " + MAX_BODY_BYTES + " bytes");
        }
        return body;
    }

    /** AWS treats an empty body as an empty structure; anything else must be one JSON object. */
    static JsonObject parseObject(byte[] body) {
        if (body.length == 0) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        JsonValue value;
        try (JsonParser parser = ApiJson.createParser(new ByteArrayInputStream(body))) {
            parser.next();
            value = parser.getValue();
            if (parser.hasNext()) {
                // Trailing content after the object: the body is not one JSON document.
                throw new JsonException("trailing content");
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new InvalidRequestException(KmsError.SerializationException, "The request body is not valid JSON.");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidRequestException(KmsError.SerializationException,
                    "The request body must be a JSON object.");
        }
        return value.asJsonObject();
    }
}
