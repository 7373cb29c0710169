package io.strongroom.interfaces.replication;

import io.strongroom.application.ReplicationEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /replication/v1/signing-keys}: this region's replication signing keys (version,
 * fingerprint, public key PEM), so an administrator registering this region at a peer can fetch
 * the PEM and compare its fingerprint with the one this region logged at its first start. Public
 * halves only, hence no authentication.
 */
@Path("/replication/v1/signing-keys")
@ApplicationScoped
public class SigningKeysResource {

    @Inject
    private ReplicationEndpoint endpoint;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String signingKeys() {
        JsonArrayBuilder keys = Json.createArrayBuilder();
        endpoint.publishedSigningKeys().forEach(key -> keys.add(Json.createObjectBuilder()
                .add("version", key.version()).add("fingerprint", key.fingerprint()).add("publicKeyPem", key.pem())
                .add("current", key.retiredAt() == null)));
        return Json.createObjectBuilder().add("signingKeys", keys).build().toString();
    }
}
