package io.strongroom.interfaces.console;

import io.strongroom.application.ExpiringMaterial;
import io.strongroom.application.ExpiringMaterialCatalog;
import io.strongroom.application.ExpiryUrgency;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * Backing bean of the "Expiring material" screen. The table pages, sorts and filters in the
 * database through {@link ExpiringMaterialCatalog}: one count and one page query per table request.
 */
@Named
@ViewScoped
public class ExpiringList implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Filter choices of the urgency column, in the words the summary uses. */
    private static final List<SelectItem> URGENCIES = Arrays.stream(ExpiryUrgency.values())
            .map(u -> new SelectItem(u.name(), ExpiringList.urgencyWords(u))).toList();

    @Inject
    ExpiringMaterialCatalog catalog;

    private LazyDataModel<ExpiringMaterial> materials;

    @PostConstruct
    void init() {
        ExpiringMaterialCatalog expiringCatalog = catalog;
        materials = new DatabasePagedModel<>(
                filterBy -> expiringCatalog.count(ExpiringQuery.filterOf(filterBy), Instant.now()),
                (first, pageSize, sortBy, filterBy) -> {
                    ExpiringQuery query = ExpiringQuery.of(sortBy, filterBy);
                    return expiringCatalog.page(query.filter(), Instant.now(), first, pageSize, query.sortField(),
                            query.ascending());
                }, ExpiringMaterial::keyId);
    }

    public LazyDataModel<ExpiringMaterial> getMaterials() {
        return materials;
    }

    public List<SelectItem> getUrgencies() {
        return URGENCIES;
    }

    /** Time left in words, from the seconds the row was read with. */
    public String timeLeft(ExpiringMaterial material) {
        return ExpiryWords.timeLeft(material.secondsLeft());
    }

    static String urgencyWords(ExpiryUrgency urgency) {
        return switch (urgency) {
            case EXPIRED -> "Expired";
            case UNDER_24_HOURS -> "Within 24 hours";
            case UNDER_7_DAYS -> "Within 7 days";
            case LATER -> "Later";
        };
    }
}
