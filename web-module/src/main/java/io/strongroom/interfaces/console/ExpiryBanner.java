package io.strongroom.interfaces.console;

import io.strongroom.application.ExpiringMaterial;
import io.strongroom.application.ExpiringMaterialCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The key page's warning that its imported material expires within the configured warning window
 * (WEB-INF/includes/expiry-banner.xhtml). Each key is looked up once per request.
 */
@Named
@RequestScoped
public class ExpiryBanner {

    @Inject
    ExpiringMaterialCatalog catalog;

    private final Map<String, Optional<ExpiringMaterial>> looked = new HashMap<>();

    /** The key's expiring material, or null (EL has no Optional) when no banner is due. */
    public ExpiringMaterial of(String keyId) {
        return looked.computeIfAbsent(keyId == null ? "" : keyId, id -> catalog.inWarningWindow(id, Instant.now()))
                .orElse(null);
    }

    /** Time left in words. */
    public String timeLeft(ExpiringMaterial material) {
        return ExpiryWords.timeLeft(material.secondsLeft());
    }
}
