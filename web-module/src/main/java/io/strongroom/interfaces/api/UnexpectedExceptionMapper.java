package io.strongroom.interfaces.api;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line of defence: anything that is not a business error becomes KMSInternalException
 * with a generic message (details could reveal internals), and the stack trace is logged with
 * the request id so an operator can find it. Request bodies are never logged.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException web) {
            // JAX-RS's own answers (404 for another path, 405 for GET /) keep their status.
            return web.getResponse();
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            // A business error wrapped by the container on its way out of an EJB.
            if (cause instanceof KmsException kms) {
                return ApiResponses.error(kms.error(), kms.getMessage());
            }
        }
        LOG.log(Level.SEVERE, exception, () -> "Unexpected failure of request " + ApiResponses.requestId(servletRequest));
        return ApiResponses.error(KmsError.KMSInternalException,
                "We encountered an internal error. Please try again.");
    }
}
