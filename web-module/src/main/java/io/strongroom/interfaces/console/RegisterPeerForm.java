package io.strongroom.interfaces.console;

import io.strongroom.application.ReplicationTrustService;
import io.strongroom.application.ReplicationTrustService.PeerRegionSummary;
import io.strongroom.client.KmsException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/**
 * Backing bean of the register-peer dialog. The administrator pastes the peer's signing key and
 * types the fingerprint read from the peer's administrator over a trusted channel; the service
 * refuses a key whose SHA-256 fingerprint differs (nothing is trusted on first use), and its
 * message, naming the field, shows in the dialog.
 */
@Named
@ViewScoped
public class RegisterPeerForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Callback parameter telling the dialog's oncomplete script that it may close. */
    static final String REGISTERED = "registered";

    @Inject
    ReplicationTrustService trust;

    @Inject
    PeerRegionList list;

    @Inject
    ConsoleCaller caller;

    private String region;
    private String endpoint;
    private String publicKeyPem;
    private String fingerprint;

    public void register() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            PeerRegionSummary peer = trust.registerPeerRegion(caller.newCall(), region, endpoint,
                    KeyEditing.withLineFeeds(publicKeyPem), fingerprint);
            ConsoleMessages.info(context, "Peer region registered", peer.region() + " at " + peer.endpoint());
            PrimeFaces.current().ajax().addCallbackParam(REGISTERED, true);
            reset();
            list.load();
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    /** Clears the dialog before it is opened again. */
    public void reset() {
        region = null;
        endpoint = null;
        publicKeyPem = null;
        fingerprint = null;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getPublicKeyPem() {
        return publicKeyPem;
    }

    public void setPublicKeyPem(String publicKeyPem) {
        this.publicKeyPem = publicKeyPem;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public void setFingerprint(String fingerprint) {
        this.fingerprint = fingerprint;
    }
}
