package io.strongroom.interfaces.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Puts {@code x-amzn-RequestId} on every response, errors included, so that a caller can quote
 * the id that its audit event carries.
 */
@Provider
public class RequestIdFilter implements ContainerResponseFilter {

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(ApiResponses.REQUEST_ID_HEADER, ApiResponses.requestId(servletRequest));
    }
}
