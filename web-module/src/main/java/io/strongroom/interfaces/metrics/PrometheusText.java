package io.strongroom.interfaces.metrics;

import io.strongroom.application.ExpiringMaterialCatalog;
import io.strongroom.application.ExpirySummary;
import io.strongroom.application.ExpiryUrgency;
import io.strongroom.application.MaterialDeadline;
import java.time.Instant;
import java.util.List;

/**
 * Writes the expiry metrics in the Prometheus text exposition format 0.0.4: a HELP and a TYPE line
 * per metric family, then one sample per line, label values escaped as the format requires.
 */
final class PrometheusText {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    static final String EXPIRY_SECONDS = "strongroom_imported_key_material_expiry_seconds";
    static final String EXPIRING_KEYS = "strongroom_imported_key_material_expiring_keys";

    private PrometheusText() {
    }

    static String render(List<MaterialDeadline> deadlines, ExpirySummary summary, Instant now) {
        StringBuilder text = new StringBuilder(128 + deadlines.size() * 160);
        family(text, EXPIRY_SECONDS, "Seconds until the imported key material of the key expires (negative once its ValidTo has passed).");
        for (MaterialDeadline deadline : deadlines) {
            text.append(EXPIRY_SECONDS).append("{key_id=\"").append(escapeLabel(deadline.keyId()))
                    .append("\",key_arn=\"").append(escapeLabel(deadline.arn())).append("\"} ")
                    .append(ExpiringMaterialCatalog.secondsLeft(deadline.validTo(), now)).append('\n');
        }
        family(text, EXPIRING_KEYS, "Keys whose imported key material expires, by urgency (expired, within 24 hours, within 7 days, later).");
        for (ExpiryUrgency urgency : ExpiryUrgency.values()) {
            text.append(EXPIRING_KEYS).append("{urgency=\"").append(urgency.label()).append("\"} ")
                    .append(summary.count(urgency)).append('\n');
        }
        return text.toString();
    }

    private static void family(StringBuilder text, String name, String help) {
        family(text, name, "gauge", help);
    }

    /** The HELP and TYPE lines that open a metric family; type is gauge or counter. */
    static void family(StringBuilder text, String name, String type, String help) {
        text.append("# HELP ").append(name).append(' ').append(escapeHelp(help)).append('\n');
        text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    /** Label values escape backslash, double quote and line feed. */
    static String escapeLabel(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** HELP text escapes backslash and line feed (a double quote stays as it is). */
    static String escapeHelp(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
