package io.strongroom.interfaces.metrics;

import io.strongroom.application.CustomKeyStoreCatalog;
import io.strongroom.application.CustomKeyStoreService;
import io.strongroom.application.ExpiringMaterialCatalog;
import io.strongroom.infrastructure.config.StrongroomConfig;
import io.strongroom.infrastructure.xks.XksProxyMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code GET /prometheus}: the expiry of imported key material and the state, health and proxy calls
 * of external key stores, for Prometheus to scrape and alert on, since a screen nobody watches does
 * not stop material from expiring or a proxy from failing. Payara's MicroProfile
 * Metrics keeps {@code /metrics}. When {@code STRONGROOM_METRICS_TOKEN} is set a scrape must send it
 * as a bearer token; otherwise the endpoint is open like {@code /health}. GET only: other methods
 * are answered 405 by JAX-RS.
 */
@Path("prometheus")
@ApplicationScoped
public class PrometheusResource {

    /** A scrape must see the values now, never an intermediary's copy. */
    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    @Inject
    private ExpiringMaterialCatalog catalog;
    @Inject
    private CustomKeyStoreCatalog stores;
    @Inject
    private XksProxyMetrics proxyCalls;
    @Inject
    private StrongroomConfig config;

    @GET
    public Response scrape(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Optional<String> token = config.metricsToken();
        if (token.isPresent() && !BearerToken.matches(token.get(), authorization)) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"strongroom-metrics\"")
                    .cacheControl(NO_STORE)
                    .build();
        }
        Instant now = Instant.now();
        String body = PrometheusText.render(catalog.deadlines(), catalog.summary(now), now)
                + KeyStoreMetricsText.render(stores.views(stores.pageAfter(null, CustomKeyStoreService.MAX_STORES)),
                        proxyCalls.allFigures(), now);
        return Response.ok(body, PrometheusText.CONTENT_TYPE).cacheControl(NO_STORE).build();
    }
}
