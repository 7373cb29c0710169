package io.strongroom.interfaces.console;

import io.strongroom.application.AccessKeyService;
import io.strongroom.client.KmsException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/**
 * The access-key actions of the user panel: create (the secret goes to {@link NewAccessKeyHolder}
 * for the one response that shows it, never into this view-scoped bean), activate, deactivate and
 * delete behind confirmation dialogs.
 */
@Named
@ViewScoped
public class AccessKeyActions implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Callback parameter telling the page to open the dialog that shows the new secret. */
    static final String CREATED = "accessKeyCreated";

    @Inject
    AccessKeyService accessKeys;

    @Inject
    NewAccessKeyHolder newAccessKey;

    @Inject
    UserDetail detail;

    @Inject
    ConsoleCaller caller;

    public void create() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            newAccessKey.show(accessKeys.createAccessKey(caller.newCall(), userName()));
            PrimeFaces.current().ajax().addCallbackParam(CREATED, true);
            detail.reload();
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    public void activate(String accessKeyId) {
        run("Access key activated", accessKeyId,
                () -> accessKeys.updateAccessKey(caller.newCall(), userName(), accessKeyId, AccessKeyService.ACTIVE));
    }

    public void deactivate(String accessKeyId) {
        run("Access key deactivated", accessKeyId,
                () -> accessKeys.updateAccessKey(caller.newCall(), userName(), accessKeyId, AccessKeyService.INACTIVE));
    }

    public void delete(String accessKeyId) {
        run("Access key deleted", accessKeyId, () -> accessKeys.deleteAccessKey(caller.newCall(), userName(), accessKeyId));
    }

    private void run(String done, String accessKeyId, Runnable change) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            change.run();
            ConsoleMessages.info(context, done, accessKeyId);
            detail.reload();
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    private String userName() {
        return detail.getUser().userName();
    }
}
