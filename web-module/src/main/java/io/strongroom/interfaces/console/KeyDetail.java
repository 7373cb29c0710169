package io.strongroom.interfaces.console;

import io.strongroom.application.AliasService;
import io.strongroom.application.KeyLifecycleService;
import io.strongroom.application.KeyPolicyService;
import io.strongroom.application.KeyRotationService;
import io.strongroom.application.MultiRegionStatus;
import io.strongroom.application.MultiRegionStatusService;
import io.strongroom.application.TagService;
import io.strongroom.client.AliasListEntry;
import io.strongroom.client.KeyMetadata;
import io.strongroom.client.KeyRotationStatus;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.Tag;
import io.strongroom.domain.KeySpec;
import io.strongroom.domain.TagRules;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backing bean of the key detail page ({@code key.xhtml?keyId=...}): loads what the tabs show
 * (metadata, tags, aliases, policy, rotation status, a multi-Region key's replicas) once per view, and again after a change made
 * by {@link KeyActions} or {@link KeyEditing}. An unknown key shows a friendly notice with status
 * 404 instead of an error page.
 */
@Named
@ViewScoped
public class KeyDetail implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One page of aliases is plenty for one key's tab; the aliases screen pages through all. */
    private static final int ALIAS_PAGE = 100;

    @Inject
    KeyLifecycleService keys;

    @Inject
    AliasService aliasService;

    @Inject
    TagService tagService;

    @Inject
    KeyPolicyService policyService;

    @Inject
    KeyRotationService rotationService;

    @Inject
    MultiRegionStatusService multiRegionStatuses;

    @Inject
    ConsoleCaller caller;

    private String keyId;
    private KeyMetadata key;
    private List<Tag> tags = List.of();
    private List<AliasListEntry> aliases = List.of();
    private String policy;
    private KeyRotationStatus rotation;
    private MultiRegionStatus multiRegion;
    private boolean notFound;

    /** The page's view action: runs on the initial GET only. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (keyId == null || keyId.isBlank()) {
            notFound = true;
            context.getExternalContext().setResponseStatus(KmsError.NotFoundException.httpStatus());
            return;
        }
        try {
            key = keys.describeKey(caller.newCall(), keyId);
            refresh();
        } catch (KmsException e) {
            notFound = e.error() == KmsError.NotFoundException;
            if (notFound) {
                context.getExternalContext().setResponseStatus(e.error().httpStatus());
            } else {
                ConsoleMessages.showOnPage(context, e);
            }
        }
    }

    /** Reloads everything after a change; a failure shows as a message and keeps what was shown. */
    void reload() {
        try {
            key = keys.describeKey(caller.newCall(), key.keyId());
            refresh();
        } catch (KmsException e) {
            ConsoleMessages.show(FacesContext.getCurrentInstance(), e);
        }
    }

    private void refresh() {
        String id = key.keyId();
        // A key holds at most 50 tags, which is one full page.
        tags = tagService.listResourceTags(caller.newCall(), id, TagRules.MAX_TAGS, null).tags();
        aliases = aliasService.listAliases(caller.newCall(), id, ALIAS_PAGE, null).aliases();
        policy = policyService.getKeyPolicy(caller.newCall(), id, null);
        // Rotation exists for symmetric keys with generated material only; other keys answer an error.
        rotation = isSymmetric() && "AWS_KMS".equals(key.origin())
                ? rotationService.getKeyRotationStatus(caller.newCall(), id) : null;
        multiRegion = key.multiRegion() ? multiRegionStatuses.describeKey(caller.newCall(), id) : null;
    }

    public boolean isSymmetric() {
        return key != null && KeySpec.SYMMETRIC_DEFAULT.name().equals(key.keySpec());
    }

    public boolean isAsymmetric() {
        return key != null && KeySpec.valueOf(key.keySpec()).isAsymmetric();
    }

    public String getKeyId() {
        return keyId;
    }

    public void setKeyId(String keyId) {
        this.keyId = keyId;
    }

    public KeyMetadata getKey() {
        return key;
    }

    public List<Tag> getTags() {
        return tags;
    }

    public List<AliasListEntry> getAliases() {
        return aliases;
    }

    public String getPolicy() {
        return policy;
    }

    public KeyRotationStatus getRotation() {
        return rotation;
    }

    public MultiRegionStatus getMultiRegion() {
        return multiRegion;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
