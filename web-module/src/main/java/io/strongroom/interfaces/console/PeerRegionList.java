package io.strongroom.interfaces.console;

import io.strongroom.application.ReplicationTrustService;
import io.strongroom.application.ReplicationTrustService.PeerRegionSummary;
import io.strongroom.application.replication.SigningKeyCustody.PublishedKey;
import io.strongroom.client.KmsException;
import io.strongroom.infrastructure.config.StrongroomConfig;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * Backing bean of the peer regions screen: this Region's replication signing keys (the current one
 * and those still inside the overlap after a rotation) to hand to peers, and the peer regions it
 * trusts. Every change goes through {@link ReplicationTrustService}, which authorizes the caller
 * as an administrator and audits it; a refusal hides the lists and shows why.
 */
@Named
@ViewScoped
public class PeerRegionList implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReplicationTrustService trust;

    @Inject
    StrongroomConfig config;

    @Inject
    ConsoleCaller caller;

    private List<PublishedKey> signingKeys = List.of();
    private List<PeerRegionSummary> peers = List.of();
    private boolean denied;

    /** The page's view action, and the reload after every change. */
    public void load() {
        try {
            signingKeys = trust.getReplicationSigningKeys(caller.newCall());
            peers = trust.listPeerRegions(caller.newCall());
            denied = false;
        } catch (KmsException e) {
            denied = true;
            ConsoleMessages.show(FacesContext.getCurrentInstance(), e);
        }
    }

    public void remove(String peer) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            trust.deletePeerRegion(caller.newCall(), peer);
            ConsoleMessages.info(context, "Peer region removed", peer);
            load();
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    /** A new signing key becomes current; the previous one stays published (and valid at peers) for the overlap. */
    public void rotate() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            PublishedKey key = trust.rotateReplicationSigningKey(caller.newCall());
            ConsoleMessages.info(context, "Replication signing key rotated",
                    "Register the new key (fingerprint " + key.fingerprint() + ") at every peer region");
            load();
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    /** One of this Region's signing keys as a PEM file, named after the Region and the key's version. */
    public StreamedContent download(PublishedKey key) {
        return PublicKeyPem.download("strongroom-rsk-" + config.region() + "-v" + key.version() + ".pem", key.pem());
    }

    public String getRegionName() {
        return config.region();
    }

    public List<PublishedKey> getSigningKeys() {
        return signingKeys;
    }

    public List<PeerRegionSummary> getPeers() {
        return peers;
    }

    public boolean isDenied() {
        return denied;
    }
}
