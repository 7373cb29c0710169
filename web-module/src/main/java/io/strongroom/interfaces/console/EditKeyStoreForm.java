package io.strongroom.interfaces.console;

import io.strongroom.application.CustomKeyStoreService;
import io.strongroom.application.CustomKeyStoreSettings;
import io.strongroom.application.CustomKeyStoreView;
import io.strongroom.client.KmsException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;
import org.primefaces.PrimeFaces;

/**
 * Backing bean of the edit dialog on the key store page. Only what the user changed is sent, since
 * UpdateCustomKeyStore refuses endpoint, path and connectivity changes unless the store is
 * DISCONNECTED, while a new name or a rotated credential is allowed when CONNECTED. A credential
 * goes only with a newly typed secret; the typed secret is dropped after every attempt.
 */
@Named
@ViewScoped
public class EditKeyStoreForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Callback parameter telling the dialog's oncomplete script that it may close. */
    static final String SAVED = "saved";

    @Inject
    CustomKeyStoreService stores;

    @Inject
    KeyStoreDetail detail;

    @Inject
    ConsoleCaller caller;

    private final KeyStoreFields fields = new KeyStoreFields();

    /** Fills the dialog from the store as shown, before it opens. */
    public void open() {
        fields.startFrom(detail.getRow().store());
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        CustomKeyStoreView store = detail.getRow().store();
        try {
            CustomKeyStoreSettings changes = changes(store, fields);
            if (changes == null) {
                ConsoleMessages.info(context, "Nothing changed", store.customKeyStoreId());
            } else {
                stores.updateCustomKeyStore(caller.newCall(), store.customKeyStoreId(), changes);
                ConsoleMessages.info(context, "Key store updated", store.customKeyStoreId());
                detail.reload();
            }
            PrimeFaces.current().ajax().addCallbackParam(SAVED, true);
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        } finally {
            fields.forgetSecret();
        }
    }

    /**
     * UpdateCustomKeyStore input holding only the changed members (null keeps the current value), or
     * null when nothing changed. The VPC fields go only with VPC_ENDPOINT_SERVICE connectivity.
     */
    static CustomKeyStoreSettings changes(CustomKeyStoreView store, KeyStoreFields fields) {
        boolean vpc = fields.isVpcEndpointService();
        String secret = KeyStoreFields.orNull(fields.getSecret());
        String accessKeyId = KeyStoreFields.orNull(fields.getAccessKeyId());
        boolean newCredential = secret != null || !Objects.equals(accessKeyId, store.accessKeyId());
        CustomKeyStoreSettings changes = new CustomKeyStoreSettings(
                changed(fields.getName(), store.customKeyStoreName()), null,
                changed(fields.getEndpoint(), store.xksProxyUriEndpoint()),
                changed(fields.getPath(), store.xksProxyUriPath()),
                changed(fields.getConnectivity(), store.xksProxyConnectivity()),
                vpc ? changed(fields.getVpcEndpointServiceName(), store.xksProxyVpcEndpointServiceName()) : null,
                vpc ? changed(fields.getVpcEndpointServiceOwner(), store.xksProxyVpcEndpointServiceOwner()) : null,
                newCredential ? accessKeyId : null, newCredential ? secret : null);
        return nothing(changes) ? null : changes;
    }

    /** The typed value if it differs from the current one, else null ("keep"). */
    private static String changed(String typed, String current) {
        String value = KeyStoreFields.orNull(typed);
        return value == null || value.equals(current) ? null : value;
    }

    private static boolean nothing(CustomKeyStoreSettings s) {
        return s.customKeyStoreName() == null && s.xksProxyUriEndpoint() == null && s.xksProxyUriPath() == null
                && s.xksProxyConnectivity() == null && s.xksProxyVpcEndpointServiceName() == null
                && s.xksProxyVpcEndpointServiceOwner() == null && s.accessKeyId() == null
                && s.rawSecretAccessKey() == null;
    }

    /** Endpoint, path and connectivity can change only while the store is DISCONNECTED. */
    public boolean isProxyEditable() {
        return "DISCONNECTED".equals(detail.getRow().store().connectionState());
    }

    public KeyStoreFields getFields() {
        return fields;
    }
}
