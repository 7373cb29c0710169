package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import jakarta.json.JsonObject;

/**
 * One KMS operation of the JSON protocol. Each implementation is a CDI bean found by the
 * dispatcher, so adding an operation means adding one class.
 */
public interface KmsOperation {

    /** The operation name after {@code TrentService.} in {@code X-Amz-Target}, e.g. "Encrypt". */
    String name();

    /**
     * Maps the request body to a service call and its result back to the response body.
     *
     * @throws InvalidRequestException when the body cannot be mapped (before any service ran)
     */
    JsonObject handle(JsonObject request, CallerContext caller);
}
