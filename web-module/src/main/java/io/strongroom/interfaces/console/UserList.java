package io.strongroom.interfaces.console;

import io.strongroom.application.IamService;
import io.strongroom.application.IamService.UserSummary;
import io.strongroom.client.KmsException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backing bean of the users list on {@code users.xhtml}: the table pages through the account's
 * users in the database, by name, with each user's access-key count and console access.
 */
@Named
@ViewScoped
public class UserList implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    IamService iam;

    @Inject
    ConsoleCaller caller;

    private LazyDataModel<UserSummary> users;
    private boolean denied;

    @PostConstruct
    void init() {
        users = new UserDataModel(iam, caller);
    }

    /**
     * The list's view action: a caller without iam:ListUsers learns it from the error message
     * (rendered before the table is) and gets no table.
     */
    public void load() {
        try {
            iam.listUsers(caller.newCall(), 0, 1);
        } catch (KmsException e) {
            denied = true;
            ConsoleMessages.show(FacesContext.getCurrentInstance(), e);
        }
    }

    public boolean isDenied() {
        return denied;
    }

    public LazyDataModel<UserSummary> getUsers() {
        return users;
    }

    /** Lazy model over ListUsers; keeps only the injected (serializable) proxies. */
    static final class UserDataModel extends LazyDataModel<UserSummary> {
        private static final long serialVersionUID = 1L;

        private final IamService iam;
        private final ConsoleCaller caller;

        UserDataModel(IamService iam, ConsoleCaller caller) {
            this.iam = iam;
            this.caller = caller;
        }

        /** A refusal while paging (permissions changed meanwhile) shows as a message, not an error page. */
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) Math.min(iam.listUsers(caller.newCall(), 0, 1).total(), Integer.MAX_VALUE);
            } catch (KmsException e) {
                ConsoleMessages.show(FacesContext.getCurrentInstance(), e);
                return 0;
            }
        }

        @Override
        public List<UserSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            try {
                return iam.listUsers(caller.newCall(), first, pageSize).users();
            } catch (KmsException e) {
                // count() has shown the error already.
                return List.of();
            }
        }

        @Override
        public String getRowKey(UserSummary user) {
            return user.userName();
        }
    }
}
