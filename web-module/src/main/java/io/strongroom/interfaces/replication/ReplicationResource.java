package io.strongroom.interfaces.replication;

import io.strongroom.application.ReplicationEndpoint;
import io.strongroom.client.KmsException;
import io.strongroom.domain.replication.ReplicationMessage;
import io.strongroom.domain.replication.ReplicationRefusedException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code POST /replication/v1/messages}: one signed replication message in, the signed answer out
 * (200, {@code application/octet-stream}) or 204 when the message needs none. A refused message
 * gets a bare status and no body — 400 when it cannot be read, 403 when it fails verification,
 * 409 when it conflicts with this region's keys, 422 when a replica's key policy fails the lockout
 * safety check here — so the sender, or anyone replaying through the
 * relay, learns no more than that it was refused. The reason is logged here, never the bytes.
 */
@Path("/replication/v1/messages")
@ApplicationScoped
public class ReplicationResource {

    private static final Logger LOG = Logger.getLogger(ReplicationResource.class.getName());

    @Inject
    private ReplicationEndpoint endpoint;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response receive(InputStream body) throws IOException {
        byte[] message = body == null ? new byte[0] : body.readNBytes(ReplicationMessage.MAX_LENGTH + 1);
        if (message.length == 0 || message.length > ReplicationMessage.MAX_LENGTH) {
            return Response.status(message.length == 0 ? 400 : 413).build();
        }
        try {
            byte[] answer = endpoint.receive(message);
            return answer.length == 0 ? Response.noContent().build()
                    : Response.ok(answer, MediaType.APPLICATION_OCTET_STREAM_TYPE).build();
        } catch (ReplicationRefusedException refused) {
            LOG.log(Level.INFO, "Replication message refused: {0}", refused.reason());
            return Response.status(status(refused)).build();
        } catch (KmsException other) {
            LOG.log(Level.INFO, "Replication message not served: {0}", other.error());
            return Response.status(409).build();
        } catch (EJBException failure) {
            LOG.log(Level.WARNING, "Replication message failed", failure);
            return Response.serverError().build();
        }
    }

    private static int status(ReplicationRefusedException refused) {
        return switch (refused.reason()) {
            case MALFORMED_MESSAGE, UNSUPPORTED_VERSION, MALFORMED_PAYLOAD, INVALID_AGREEMENT_KEY -> 400;
            case KEY_PROPERTIES_MISMATCH, KEY_NOT_REPLICABLE -> 409;
            case POLICY_LOCKOUT -> 422;
            default -> 403;
        };
    }
}
