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

    private final ProxySettingsFields proxy = new ProxySettingsFields();
    private String name;

    public void create() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            String id = stores.createCustomKeyStore(caller.newCall(), settings(name, proxy));
            ConsoleMessages.info(context, "Key store created", id);
            PrimeFaces.current().ajax().addCallbackParam(CREATED, true);
            reset();
            list.load();
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        } finally {
            proxy.forgetSecret();
        }
    }

    /** Clears the dialog before it is opened again. */
    public void reset() {
        name = null;
        proxy.clear();
    }

    /** CreateCustomKeyStore input: blank fields are absent; the VPC fields only go with VPC_ENDPOINT_SERVICE. */
    static CustomKeyStoreSettings settings(String name, ProxySettingsFields proxy) {
        boolean vpc = proxy.isVpcEndpointService();
        return new CustomKeyStoreSettings(ProxySettingsFields.orNull(name), EXTERNAL_KEY_STORE,
                ProxySettingsFields.orNull(proxy.getEndpoint()), ProxySettingsFields.orNull(proxy.getPath()),
                proxy.getConnectivity(), vpc ? ProxySettingsFields.orNull(proxy.getVpcEndpointServiceName()) : null,
                vpc ? ProxySettingsFields.orNull(proxy.getVpcEndpointServiceOwner()) : null,
                ProxySettingsFields.orNull(proxy.getAccessKeyId()), ProxySettingsFields.orNull(proxy.getSecret()));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProxySettingsFields getProxy() {
        return proxy;
    }
}
