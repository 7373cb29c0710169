package io.strongroom.interfaces.console;

import io.strongroom.application.IamService;
import io.strongroom.client.KmsException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/**
 * Backing bean of the create-user dialog. The user-name rule is the service's: its
 * ValidationException or AlreadyExistsException is shown in the dialog as is.
 */
@Named
@ViewScoped
public class CreateUserForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Callback parameter telling the dialog's oncomplete script that it may close. */
    static final String CREATED = "created";

    @Inject
    IamService iam;

    @Inject
    ConsoleCaller caller;

    private String userName;

    public void create() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            iam.createUser(caller.newCall(), userName);
            ConsoleMessages.info(context, "User created", userName);
            PrimeFaces.current().ajax().addCallbackParam(CREATED, true);
            userName = null;
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    /** Clears the dialog before it is opened again. */
    public void reset() {
        userName = null;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }
}
