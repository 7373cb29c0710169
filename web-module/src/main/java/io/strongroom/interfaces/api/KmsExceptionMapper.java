package io.strongroom.interfaces.api;

import io.strongroom.client.KmsException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns the one business exception family into the AWS error body with the code's HTTP status. */
@Provider
public class KmsExceptionMapper implements ExceptionMapper<KmsException> {

    @Override
    public Response toResponse(KmsException exception) {
        return ApiResponses.error(exception.error(), exception.getMessage());
    }
}
