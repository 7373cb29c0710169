package io.strongroom.interfaces.console;

import io.strongroom.application.AliasService;
import io.strongroom.application.AsymmetricOperations;
import io.strongroom.application.KeyPolicyService;
import io.strongroom.application.TagService;
import io.strongroom.client.KmsException;
import io.strongroom.client.PublicKeyResult;
import io.strongroom.client.Tag;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The edits of the key page's tabs: key policy, aliases, tags, and the public key download.
 * Field rules (alias names, tag syntax, policy grammar) are the services'; their refusals, such as
 * MalformedPolicyDocumentException naming the problem, show as messages.
 */
@Named
@ViewScoped
public class KeyEditing implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    KeyPolicyService policies;

    @Inject
    AliasService aliases;

    @Inject
    TagService tags;

    @Inject
    AsymmetricOperations asymmetric;

    @Inject
    KeyDetail detail;

    @Inject
    ConsoleCaller caller;

    private String policy;
    private String aliasName;
    private String tagKey;
    private String tagValue;

    public void savePolicy() {
        String document = withLineFeeds(policy);
        run("Key policy saved", () -> policies.putKeyPolicy(caller.newCall(), keyId(), null, document, false));
    }

    /**
     * Browsers submit a textarea's line breaks as CR LF; outside JSON strings (which cannot hold a raw
     * line break) that is only whitespace, so the policy is stored with the LF breaks GetKeyPolicy
     * callers and the default policy use, and saving an unedited policy leaves it byte for byte.
     */
    static String withLineFeeds(String text) {
        return text == null ? null : text.replace("\r\n", "\n");
    }

    /** Puts the stored policy back into the editor, dropping unsaved edits. */
    public void resetPolicy() {
        policy = detail.getPolicy();
    }

    public void createAlias() {
        if (run("Alias created", () -> aliases.createAlias(caller.newCall(), aliasName, keyId()))) {
            aliasName = null;
        }
    }

    public void deleteAlias(String name) {
        run("Alias deleted", () -> aliases.deleteAlias(caller.newCall(), name));
    }

    /** TagResource overwrites the value of an existing tag key. */
    public void addTag() {
        Tag tag = new Tag(tagKey, tagValue == null ? "" : tagValue);
        if (run("Tag saved", () -> tags.tagResource(caller.newCall(), keyId(), List.of(tag)))) {
            tagKey = null;
            tagValue = null;
        }
    }

    public void removeTag(String key) {
        run("Tag removed", () -> tags.untagResource(caller.newCall(), keyId(), List.of(key)));
    }

    /**
     * The public key as a PEM file; fetched when the user asks for it, not with the page. If the
     * service refuses (say the key was disabled meanwhile) the page shows why and nothing downloads.
     */
    public StreamedContent downloadPublicKey() {
        PublicKeyResult result;
        try {
            result = asymmetric.getPublicKey(caller.newCall(), keyId());
        } catch (KmsException e) {
            ConsoleMessages.show(FacesContext.getCurrentInstance(), e);
            return null;
        }
        return PublicKeyPem.download(detail.getKey().keyId() + ".pem", PublicKeyPem.format(result.publicKey()));
    }

    private boolean run(String done, Runnable change) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            change.run();
            ConsoleMessages.info(context, done, keyId());
            detail.reload();
            return true;
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
            return false;
        }
    }

    private String keyId() {
        return detail.getKey().keyId();
    }

    /** The editor starts from the stored policy; after that it keeps what the user typed. */
    @PostConstruct
    void startFromStoredPolicy() {
        policy = detail.getPolicy();
    }

    public String getPolicy() {
        return policy;
    }

    public void setPolicy(String policy) {
        this.policy = policy;
    }

    public String getAliasName() {
        return aliasName;
    }

    public void setAliasName(String aliasName) {
        this.aliasName = aliasName;
    }

    public String getTagKey() {
        return tagKey;
    }

    public void setTagKey(String tagKey) {
        this.tagKey = tagKey;
    }

    public String getTagValue() {
        return tagValue;
    }

    public void setTagValue(String tagValue) {
        this.tagValue = tagValue;
    }
}
