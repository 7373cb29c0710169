package io.strongroom.interfaces.console;

import io.strongroom.application.ReplicaOrder;
import io.strongroom.application.ReplicationService;
import io.strongroom.application.ReplicationTrustService;
import io.strongroom.application.ReplicationTrustService.PeerRegionSummary;
import io.strongroom.client.KmsException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * Backing bean of the key page's Replicate dialog: ReplicateKey of the primary key into one of the
 * registered peer regions, with the replica's own description, key policy and tags. The order goes
 * to the replica's Region at once; if that Region refuses it or cannot be reached the service rolls
 * back and its error shows in the dialog, so nothing changes.
 */
@Named
@ViewScoped
public class ReplicateKeyForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Callback parameter telling the dialog's oncomplete script that it may close. */
    static final String REPLICATED = "replicated";

    @Inject
    ReplicationService replication;

    @Inject
    ReplicationTrustService trust;

    @Inject
    KeyDetail detail;

    @Inject
    ConsoleCaller caller;

    private List<String> peerRegions = List.of();
    private String replicaRegion;
    private String description;
    private String policy;
    private List<TagRow> tags = new ArrayList<>();

    /** Opens the dialog afresh: the peer regions as registered now, minus those holding a replica already. */
    public void reset() {
        replicaRegion = null;
        description = null;
        policy = null;
        tags = new ArrayList<>();
        try {
            List<String> taken = detail.getMultiRegion().replicaRegions();
            peerRegions = trust.listPeerRegions(caller.newCall()).stream().map(PeerRegionSummary::region)
                    .filter(region -> !taken.contains(region)).toList();
            replicaRegion = peerRegions.isEmpty() ? null : peerRegions.get(0);
        } catch (KmsException e) {
            peerRegions = List.of();
            ConsoleMessages.show(FacesContext.getCurrentInstance(), e);
        }
    }

    public void replicate() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            ReplicaOrder order = replication.replicateKey(caller.newCall(), detail.getKey().keyId(), replicaRegion,
                    blankAsNull(KeyEditing.withLineFeeds(policy)), false, blankAsNull(description), TagRow.tagsOf(tags));
            ConsoleMessages.info(context, "Replica ordered", order.replicaKeyMetadata().arn());
            PrimeFaces.current().ajax().addCallbackParam(REPLICATED, true);
            detail.reload();
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public void addTag() {
        tags.add(new TagRow());
    }

    public void removeTag(TagRow row) {
        tags.remove(row);
    }

    public List<String> getPeerRegions() {
        return peerRegions;
    }

    public String getReplicaRegion() {
        return replicaRegion;
    }

    public void setReplicaRegion(String replicaRegion) {
        this.replicaRegion = replicaRegion;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPolicy() {
        return policy;
    }

    public void setPolicy(String policy) {
        this.policy = policy;
    }

    public List<TagRow> getTags() {
        return tags;
    }
}
