package io.strongroom.interfaces.console;

import io.strongroom.application.KeyLifecycleService;
import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.KeyMetadata;
import io.strongroom.client.KmsException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * "Create key in this store" on the key store page: CreateKey with origin EXTERNAL_KEY_STORE, the
 * store and the external key's id in its proxy. The key is symmetric (SYMMETRIC_DEFAULT,
 * ENCRYPT_DECRYPT), the only kind an external key store holds. Whether the proxy's key qualifies
 * is the service's check (XksKeyNotFoundException, XksKeyInvalidConfigurationException, …).
 */
@Named
@ViewScoped
public class StoreKeyForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Callback parameter telling the dialog's oncomplete script that it may close. */
    static final String CREATED = "created";

    @Inject
    KeyLifecycleService keys;

    @Inject
    KeyStoreDetail detail;

    @Inject
    ConsoleCaller caller;

    private String xksKeyId;
    private String description;

    public void create() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            KeyMetadata key = keys.createKey(caller.newCall(),
                    request(detail.getRow().customKeyStoreId(), xksKeyId, description));
            ConsoleMessages.info(context, "Key created", key.keyId());
            PrimeFaces.current().ajax().addCallbackParam(CREATED, true);
            reset();
            detail.reload();
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    /** Clears the dialog before it is opened again. */
    public void reset() {
        xksKeyId = null;
        description = null;
    }

    /** A blank description is no description; a blank XksKeyId is absent, for the service to name it. */
    static CreateKeyRequest request(String customKeyStoreId, String xksKeyId, String description) {
        String text = description == null || description.isBlank() ? null : description;
        String externalKey = xksKeyId == null || xksKeyId.isBlank() ? null : xksKeyId.strip();
        return new CreateKeyRequest(text, "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", "EXTERNAL_KEY_STORE", List.of(), null,
                false, customKeyStoreId, externalKey);
    }

    public String getXksKeyId() {
        return xksKeyId;
    }

    public void setXksKeyId(String xksKeyId) {
        this.xksKeyId = xksKeyId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
