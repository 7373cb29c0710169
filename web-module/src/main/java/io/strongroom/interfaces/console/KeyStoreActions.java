package io.strongroom.interfaces.console;

import io.strongroom.application.CustomKeyStoreService;
import io.strongroom.client.KmsException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The state changes offered on the key store page, each behind a confirmation dialog: connect
 * (returns at once with the store CONNECTING; the page polls until it is CONNECTED or FAILED),
 * disconnect, and delete (back to the list). Which state allows what is the service's rule; its
 * refusal, such as CustomKeyStoreHasCMKsException, shows as a message.
 */
@Named
@ViewScoped
public class KeyStoreActions implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CustomKeyStoreService stores;

    @Inject
    KeyStoreDetail detail;

    @Inject
    ConsoleCaller caller;

    public void connect() {
        run("Connecting key store", () -> stores.connectCustomKeyStore(caller.newCall(), storeId()));
    }

    public void disconnect() {
        run("Key store disconnected", () -> stores.disconnectCustomKeyStore(caller.newCall(), storeId()));
    }

    public void delete() {
        FacesContext context = FacesContext.getCurrentInstance();
        String id = storeId();
        try {
            stores.deleteCustomKeyStore(caller.newCall(), id);
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
            return;
        }
        ConsoleMessages.infoOnRedirect(context, "Key store deleted", id, "key-stores.xhtml");
    }

    private void run(String done, Runnable change) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            change.run();
            ConsoleMessages.info(context, done, storeId());
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
        // Also after a refusal: the store's state may have moved on since the page was loaded.
        detail.reload();
    }

    private String storeId() {
        return detail.getRow().customKeyStoreId();
    }
}
