package io.strongroom.interfaces.console;

import io.strongroom.application.LoginProfileService;
import io.strongroom.client.KmsException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Console access of the user on the user panel: set (create or replace) its console password, or
 * take console access away. The password rule is the service's; the typed password is dropped
 * after every attempt, so it never stays in the view.
 */
@Named
@ViewScoped
public class ConsoleAccessForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    LoginProfileService loginProfiles;

    @Inject
    UserDetail detail;

    @Inject
    ConsoleCaller caller;

    private String password;

    public void setConsolePassword() {
        FacesContext context = FacesContext.getCurrentInstance();
        String userName = detail.getUser().userName();
        try {
            if (detail.getUser().consoleAccess()) {
                loginProfiles.updateLoginProfile(caller.newCall(), userName, password);
                ConsoleMessages.info(context, "Console password changed", userName);
            } else {
                loginProfiles.createLoginProfile(caller.newCall(), userName, password);
                ConsoleMessages.info(context, "Console access granted", userName);
            }
            detail.reload();
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        } finally {
            password = null;
        }
    }

    public void removeConsoleAccess() {
        FacesContext context = FacesContext.getCurrentInstance();
        String userName = detail.getUser().userName();
        try {
            loginProfiles.deleteLoginProfile(caller.newCall(), userName);
            ConsoleMessages.info(context, "Console access removed", userName);
            detail.reload();
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
