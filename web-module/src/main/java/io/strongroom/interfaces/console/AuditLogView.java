package io.strongroom.interfaces.console;

import io.strongroom.application.AuditFilter;
import io.strongroom.application.AuditQueries;
import io.strongroom.application.AuditQueries.Entry;
import io.strongroom.client.KmsException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backing bean of the audit log screen: the filter form (pre-filled with a key by
 * {@code audit.xhtml?keyId=…}) and a lazy table paged in the database by {@link AuditQueries}.
 * The filter applies when the user searches, so typing does not query the log per keystroke.
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AuditQueries audit;
    @Inject
    ConsoleCaller caller;

    private final LazyDataModel<Entry> events = new AuditDataModel();
    private List<String> operations = List.of();
    private boolean denied;
    private AuditFilter applied = AuditFilter.none();

    private String keyId;
    private String principal;
    private String operation;
    private String outcome;
    private LocalDateTime from;
    private LocalDateTime to;

    /**
     * The view action: loads the operation choices and applies the address's key filter. A caller
     * without cloudtrail:LookupEvents learns it from the error message and gets no table.
     */
    public void load() {
        try {
            operations = audit.listAuditedOperations(caller.newCall());
            applied = currentFilter();
        } catch (KmsException e) {
            denied = true;
            ConsoleMessages.show(FacesContext.getCurrentInstance(), e);
        }
    }

    /** Applies the form's filter from the first page on. */
    public void search() {
        applied = currentFilter();
        firstPage();
    }

    /** Empties the form and shows the whole log again. */
    public void clear() {
        keyId = null;
        principal = null;
        operation = null;
        outcome = null;
        from = null;
        to = null;
        search();
    }

    private AuditFilter currentFilter() {
        return AuditQuery.filterOf(keyId, principal, operation, outcome, from, to);
    }

    private static void firstPage() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getViewRoot().findComponent(":audit:table") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public boolean isDenied() {
        return denied;
    }

    public LazyDataModel<Entry> getEvents() {
        return events;
    }

    public List<String> getOperations() {
        return operations;
    }

    public List<String> getOutcomes() {
        return AuditQuery.OUTCOMES;
    }

    public String getKeyId() {
        return keyId;
    }

    public void setKeyId(String keyId) {
        this.keyId = keyId;
    }

    public String getPrincipal() {
        return principal;
    }

    public void setPrincipal(String principal) {
        this.principal = principal;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }

    /** Lazy model over the applied filter; a refusal while paging shows as a message. */
    private final class AuditDataModel extends LazyDataModel<Entry> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) Math.min(audit.countEvents(caller.newCall(), applied), Integer.MAX_VALUE);
            } catch (KmsException e) {
                ConsoleMessages.show(FacesContext.getCurrentInstance(), e);
                return 0;
            }
        }

        @Override
        public List<Entry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                Map<String, FilterMeta> filterBy) {
            try {
                return audit.lookupEvents(caller.newCall(), applied, first, pageSize, AuditQuery.ascending(sortBy));
            } catch (KmsException e) {
                // count() has shown the error already.
                return List.of();
            }
        }

        @Override
        public String getRowKey(Entry entry) {
            return Long.toString(entry.id());
        }
    }
}
