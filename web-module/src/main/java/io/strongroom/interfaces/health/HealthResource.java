package io.strongroom.interfaces.health;

import io.strongroom.application.RegionHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /health}: 200 {@code {"status":"UP"}} once this node can serve (migrations applied,
 * root key loaded and verified), 503 {@code {"status":"DOWN"}} before that or if the check itself
 * fails. Served by the application rather than by Payara's MicroProfile Health endpoint, which is
 * switched off where Strongroom runs: that endpoint costs about twenty times a plain JAX-RS answer,
 * and the benchmark uses this path as the floor of a round trip through the server. No
 * authentication and no detail, so load balancers can poll it and attackers learn nothing.
 */
@Path("health")
@ApplicationScoped
public class HealthResource {

    private static final Logger LOG = Logger.getLogger(HealthResource.class.getName());
    private static final String UP = "{\"status\":\"UP\"}";
    private static final String DOWN = "{\"status\":\"DOWN\"}";
    /** A probe must see the node's state now, never an intermediary's copy. */
    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    @Inject
    private RegionHealth regionHealth;

    @GET
    public Response health() {
        boolean ready = ready();
        return Response.status(ready ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .cacheControl(NO_STORE)
                .entity(ready ? UP : DOWN)
                .build();
    }

    private boolean ready() {
        try {
            return regionHealth.isReady();
        } catch (RuntimeException e) {
            // A node whose readiness check itself fails is not ready.
            LOG.log(Level.WARNING, "Readiness check failed", e);
            return false;
        }
    }
}
