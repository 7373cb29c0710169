package io.strongroom.interfaces.console;

import io.strongroom.application.AccessKeyService;
import io.strongroom.application.AccessKeyService.AccessKeyMetadata;
import io.strongroom.application.IamService;
import io.strongroom.application.IamService.UserSummary;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backing bean of one user's panel ({@code users.xhtml?user=...}): loads the user, its access keys
 * and its inline policy names once per view and again after a change made by
 * {@link AccessKeyActions}, {@link UserPolicyEditing} or {@link ConsoleAccessForm}. An unknown
 * user shows a notice with status 404.
 */
@Named
@ViewScoped
public class UserDetail implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    IamService iam;

    @Inject
    AccessKeyService accessKeys;

    @Inject
    ConsoleCaller caller;

    private String userName;
    private UserSummary user;
    private List<AccessKeyMetadata> keys = List.of();
    private List<String> policyNames = List.of();
    private boolean notFound;

    /** The page's view action: runs on the initial GET only, and only when a user is named. */
    public void load() {
        if (userName == null || userName.isBlank()) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            user = iam.getUser(caller.newCall(), userName);
            refresh();
        } catch (KmsException e) {
            notFound = e.error() == KmsError.NotFoundException;
            if (notFound) {
                context.getExternalContext().setResponseStatus(e.error().httpStatus());
            } else {
                ConsoleMessages.showOnPage(context, e);
            }
        }
    }

    /** Reloads after a change; a failure shows as a message and keeps what was shown. */
    void reload() {
        try {
            user = iam.getUser(caller.newCall(), user.userName());
            refresh();
        } catch (KmsException e) {
            ConsoleMessages.show(FacesContext.getCurrentInstance(), e);
        }
    }

    private void refresh() {
        keys = accessKeys.listAccessKeys(caller.newCall(), user.userName());
        policyNames = iam.listUserPolicies(caller.newCall(), user.userName());
    }

    /** DeleteUser; IAM's DeleteConflictException names what is still attached. */
    public void deleteUser() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            iam.deleteUser(caller.newCall(), user.userName());
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
            return;
        }
        ConsoleMessages.infoOnRedirect(context, "User deleted", user.userName(), "users.xhtml");
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public UserSummary getUser() {
        return user;
    }

    public List<AccessKeyMetadata> getKeys() {
        return keys;
    }

    public List<String> getPolicyNames() {
        return policyNames;
    }

    public boolean isNotFound() {
        return notFound;
    }

    /** The page shows one user's panel when a user was named in the address. */
    public boolean isSelected() {
        return userName != null && !userName.isBlank();
    }
}
