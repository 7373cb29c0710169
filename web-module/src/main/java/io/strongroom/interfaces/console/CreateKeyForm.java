package io.strongroom.interfaces.console;

import io.strongroom.application.KeyLifecycleService;
import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.KeyMetadata;
import io.strongroom.client.KmsException;
import io.strongroom.client.Tag;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * Backing bean of the create-key dialog on the keys list. The usage select follows the chosen spec
 * (KMS-SPEC §2.1, as {@link KeyVocabulary} takes it from the domain); the field rules (lengths, spec
 * and usage pairs, tag syntax) stay the service's: a {@link KmsException} is shown in the dialog as is.
 */
@Named
@ViewScoped
public class CreateKeyForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Callback parameter telling the dialog's oncomplete script that it may close. */
    static final String CREATED = "created";

    @Inject
    KeyLifecycleService keys;

    @Inject
    ConsoleCaller caller;

    private String description;
    private String keySpec = KeyVocabulary.CREATABLE_KEY_SPECS.get(0);
    private String keyUsage = KeyVocabulary.usagesFor(keySpec).get(0);
    private List<TagRow> tags = new ArrayList<>();

    public void create() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            KeyMetadata key = keys.createKey(caller.newCall(), request(description, keySpec, keyUsage, tags));
            ConsoleMessages.info(context, "Key created", key.keyId());
            PrimeFaces.current().ajax().addCallbackParam(CREATED, true);
            reset();
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    /** Clears the dialog before it is opened again. */
    public void reset() {
        description = null;
        keySpec = KeyVocabulary.CREATABLE_KEY_SPECS.get(0);
        keyUsage = KeyVocabulary.usagesFor(keySpec).get(0);
        tags = new ArrayList<>();
    }

    /** The spec select's ajax listener: keeps the chosen usage if the new spec allows it, else takes its first. */
    public void keySpecChanged() {
        List<String> usages = KeyVocabulary.usagesFor(keySpec);
        if (!usages.contains(keyUsage)) {
            keyUsage = usages.isEmpty() ? null : usages.get(0);
        }
    }

    public void addTag() {
        tags.add(new TagRow());
    }

    public void removeTag(TagRow row) {
        tags.remove(row);
    }

    /** Lines left completely empty are dropped; a blank description is no description. */
    static CreateKeyRequest request(String description, String keySpec, String keyUsage, List<TagRow> rows) {
        List<Tag> tags = TagRow.tagsOf(rows);
        String text = description == null || description.isBlank() ? null : description;
        return new CreateKeyRequest(text, keySpec, keyUsage, null, tags);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getKeySpec() {
        return keySpec;
    }

    public void setKeySpec(String keySpec) {
        this.keySpec = keySpec;
    }

    public String getKeyUsage() {
        return keyUsage;
    }

    public void setKeyUsage(String keyUsage) {
        this.keyUsage = keyUsage;
    }

    /** The usage select's items: a constant lookup, no service call. */
    public List<String> getKeyUsages() {
        return KeyVocabulary.usagesFor(keySpec);
    }

    public List<TagRow> getTags() {
        return tags;
    }
}
