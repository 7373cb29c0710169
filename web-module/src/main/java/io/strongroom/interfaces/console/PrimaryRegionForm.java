package io.strongroom.interfaces.console;

import io.strongroom.application.ReplicationService;
import io.strongroom.client.KmsException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The key page's "Update primary Region" action on a primary key: UpdatePrimaryRegion towards one
 * of its replicas. Whether the key and that replica may change roles now is the service's rule;
 * its refusal shows as a message and nothing changes.
 */
@Named
@ViewScoped
public class PrimaryRegionForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReplicationService replication;

    @Inject
    KeyDetail detail;

    @Inject
    ConsoleCaller caller;

    private String primaryRegion;

    public void update() {
        FacesContext context = FacesContext.getCurrentInstance();
        String keyId = detail.getKey().keyId();
        try {
            replication.updatePrimaryRegion(caller.newCall(), keyId, primaryRegion);
            ConsoleMessages.info(context, "Primary Region update started", keyId + " becomes primary in " + primaryRegion);
            detail.reload();
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    public String getPrimaryRegion() {
        return primaryRegion;
    }

    public void setPrimaryRegion(String primaryRegion) {
        this.primaryRegion = primaryRegion;
    }
}
