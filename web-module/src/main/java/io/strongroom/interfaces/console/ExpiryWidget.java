package io.strongroom.interfaces.console;

import io.strongroom.application.ExpiringMaterialCatalog;
import io.strongroom.application.ExpirySummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * The dashboard widget of expiring imported material (WEB-INF/includes/expiry-summary.xhtml): the
 * number of keys per urgency band, read once per request however often the page asks.
 */
@Named
@RequestScoped
public class ExpiryWidget {

    @Inject
    ExpiringMaterialCatalog catalog;

    private ExpirySummary summary;

    public ExpirySummary getSummary() {
        if (summary == null) {
            summary = catalog.summary(Instant.now());
        }
        return summary;
    }
}
