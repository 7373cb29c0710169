package io.strongroom.interfaces.console;

import io.strongroom.application.KeyLifecycleService;
import io.strongroom.client.KeyMetadata;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.Tag;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backing bean of the key detail page ({@code key.xhtml?keyId=...}): loads the key's metadata
 * once per view. An unknown key shows a friendly notice with status 404 instead of an error page.
 */
@Named
@ViewScoped
public class KeyDetail implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    KeyLifecycleService keys;

    @Inject
    ConsoleCaller caller;

    private String keyId;
    private KeyMetadata key;
    private List<Tag> tags = List.of();
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
            tags = keys.listResourceTags(caller.newCall(), key.keyId());
        } catch (KmsException e) {
            notFound = e.error() == KmsError.NotFoundException;
            if (notFound) {
                context.getExternalContext().setResponseStatus(e.error().httpStatus());
            } else {
                ConsoleMessages.showOnPage(context, e);
            }
        }
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

    public boolean isNotFound() {
        return notFound;
    }
}
