package io.strongroom.interfaces.console;

import io.strongroom.application.CustomKeyStoreService;
import io.strongroom.application.CustomKeyStoreSettings;
import io.strongroom.client.KmsException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/**
 * Backing bean of the create dialog on the key stores list. Every field rule of KMS-SPEC §5 is
 * the service's (its refusal, with the AWS error code, shows in the dialog). The typed secret is
 * dropped after every attempt and its field never shows it again, so it stays in no view state.
 */
@Named
@ViewScoped
public class CreateKeyStoreForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Callback parameter telling the dialog's oncomplete script that it may close. */
    static final String CREATED = "created";
    static final String EXTERNAL_KEY_STORE = "EXTERNAL_KEY_STORE";

    @Inject
    CustomKeyStoreService stores;

    @Inject
    KeyStoreList list;

    @Inject
    ConsoleCaller caller;

    private final KeyStoreFields fields = new KeyStoreFields();

    public void create() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            String id = stores.createCustomKeyStore(caller.newCall(), settings(fields));
            ConsoleMessages.info(context, "Key store created", id);
            PrimeFaces.current().ajax().addCallbackParam(CREATED, true);
            reset();
            list.load();
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        } finally {
            fields.forgetSecret();
        }
    }

    /** Clears the dialog before it is opened again. */
    public void reset() {
        fields.clear();
    }

    /** CreateCustomKeyStore input: blank fields are absent; the VPC fields only go with VPC_ENDPOINT_SERVICE. */
    static CustomKeyStoreSettings settings(KeyStoreFields fields) {
        boolean vpc = fields.isVpcEndpointService();
        return new CustomKeyStoreSettings(KeyStoreFields.orNull(fields.getName()), EXTERNAL_KEY_STORE,
                KeyStoreFields.orNull(fields.getEndpoint()), KeyStoreFields.orNull(fields.getPath()),
                fields.getConnectivity(), vpc ? KeyStoreFields.orNull(fields.getVpcEndpointServiceName()) : null,
                vpc ? KeyStoreFields.orNull(fields.getVpcEndpointServiceOwner()) : null,
                KeyStoreFields.orNull(fields.getAccessKeyId()), KeyStoreFields.orNull(fields.getSecret()));
    }

    public KeyStoreFields getFields() {
        return fields;
    }
}
