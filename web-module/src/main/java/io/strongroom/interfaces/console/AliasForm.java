package io.strongroom.interfaces.console;

import io.strongroom.application.AliasService;
import io.strongroom.application.KeyCatalog;
import io.strongroom.application.KeyFilter;
import io.strongroom.application.KeySummary;
import io.strongroom.client.KmsException;
import io.strongroom.domain.AliasRules;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * Backing bean of the changes offered on the aliases screen: the create and update dialogs, with
 * their key picker, and deleting an alias. Every rule (name prefix, reserved names, same key type
 * and usage when re-pointing) is {@link AliasService}'s: its {@link KmsException} is shown as is.
 */
@Named
@ViewScoped
public class AliasForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Callback parameter telling a dialog's oncomplete script that it may close. */
    static final String SAVED = "saved";

    /** How many keys the key picker offers at once; typing more of the id narrows them. */
    static final int SUGGESTIONS = 10;

    @Inject
    AliasService aliases;

    @Inject
    KeyCatalog keys;

    @Inject
    ConsoleCaller caller;

    private String aliasName = AliasRules.PREFIX;
    private String targetKeyId;
    private String selectedAlias;
    private String currentTargetKeyId;
    private String newTargetKeyId;
    /** What the key picker shows next to each suggested key id (spec, state, description). */
    private final Map<String, String> suggestionLabels = new HashMap<>();

    public void create() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            aliases.createAlias(caller.newCall(), strip(aliasName), strip(targetKeyId));
            ConsoleMessages.info(context, "Alias created", strip(aliasName) + " → " + strip(targetKeyId));
            PrimeFaces.current().ajax().addCallbackParam(SAVED, true);
            resetCreate();
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    /** Clears the create dialog before it is opened again. */
    public void resetCreate() {
        aliasName = AliasRules.PREFIX;
        targetKeyId = null;
    }

    /** Prepares the update dialog for one row of the table. */
    public void startUpdate(String alias, String currentTarget) {
        selectedAlias = alias;
        currentTargetKeyId = currentTarget;
        newTargetKeyId = null;
    }

    public void update() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            aliases.updateAlias(caller.newCall(), selectedAlias, strip(newTargetKeyId));
            ConsoleMessages.info(context, "Alias updated", selectedAlias + " → " + strip(newTargetKeyId));
            PrimeFaces.current().ajax().addCallbackParam(SAVED, true);
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    public void delete(String alias) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            aliases.deleteAlias(caller.newCall(), alias);
            ConsoleMessages.info(context, "Alias deleted", alias);
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    /** The key picker's suggestions: key ids containing what was typed, in id order. */
    public List<String> completeKey(String typed) {
        List<KeySummary> found = keys.page(new KeyFilter(null, strip(typed), null, null, null), 0, SUGGESTIONS,
                KeyQuery.KEY_ID, true);
        suggestionLabels.clear();
        found.forEach(k -> suggestionLabels.put(k.keyId(), label(k)));
        return found.stream().map(KeySummary::keyId).toList();
    }

    /** The picker's second column for a suggested key id (a map look-up, computed by completeKey). */
    public String suggestionLabel(String keyId) {
        return suggestionLabels.getOrDefault(keyId, "");
    }

    static String label(KeySummary key) {
        String text = key.keySpec() + " · " + key.keyState();
        return key.description() == null || key.description().isBlank() ? text : text + " · " + key.description();
    }

    /** Surrounding blanks are a typing accident, not part of a name or id; blank means not given. */
    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getAliasName() {
        return aliasName;
    }

    public void setAliasName(String aliasName) {
        this.aliasName = aliasName;
    }

    public String getTargetKeyId() {
        return targetKeyId;
    }

    public void setTargetKeyId(String targetKeyId) {
        this.targetKeyId = targetKeyId;
    }

    public String getSelectedAlias() {
        return selectedAlias;
    }

    public String getCurrentTargetKeyId() {
        return currentTargetKeyId;
    }

    public String getNewTargetKeyId() {
        return newTargetKeyId;
    }

    public void setNewTargetKeyId(String newTargetKeyId) {
        this.newTargetKeyId = newTargetKeyId;
    }
}
