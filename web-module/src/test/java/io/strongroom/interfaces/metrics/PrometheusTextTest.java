package io.strongroom.interfaces.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strongroom.application.ExpirySummary;
import io.strongroom.application.MaterialDeadline;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Prometheus text the expiry metrics are written in, and its escaping. */
class PrometheusTextTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void writesOneGaugePerKeyAndOnePerUrgency() {
        List<MaterialDeadline> deadlines = List.of(
                new MaterialDeadline("k-past", "arn:aws:kms:us-east-1:111122223333:key/k-past", NOW.minusSeconds(90)),
                new MaterialDeadline("k-soon", "arn:aws:kms:us-east-1:111122223333:key/k-soon", NOW.plusSeconds(3600)));

        String text = PrometheusText.render(deadlines, new ExpirySummary(1, 2, 3, 4), NOW);

        assertEquals("""
                # HELP strongroom_imported_key_material_expiry_seconds Seconds until the imported key material of the key expires (negative once its ValidTo has passed).
                # TYPE strongroom_imported_key_material_expiry_seconds gauge
                strongroom_imported_key_material_expiry_seconds{key_id="k-past",key_arn="arn:aws:kms:us-east-1:111122223333:key/k-past"} -90
                strongroom_imported_key_material_expiry_seconds{key_id="k-soon",key_arn="arn:aws:kms:us-east-1:111122223333:key/k-soon"} 3600
                # HELP strongroom_imported_key_material_expiring_keys Keys whose imported key material expires, by urgency (expired, within 24 hours, within 7 days, later).
                # TYPE strongroom_imported_key_material_expiring_keys gauge
                strongroom_imported_key_material_expiring_keys{urgency="expired"} 1
                strongroom_imported_key_material_expiring_keys{urgency="under_24_hours"} 2
                strongroom_imported_key_material_expiring_keys{urgency="under_7_days"} 3
                strongroom_imported_key_material_expiring_keys{urgency="later"} 4
                """, text);
    }

    @Test
    void withoutKeysTheFamiliesAreStillDeclaredAndCountsAreZero() {
        String text = PrometheusText.render(List.of(), new ExpirySummary(0, 0, 0, 0), NOW);

        assertEquals(8, text.lines().count());
        assertEquals(true, text.contains("# TYPE strongroom_imported_key_material_expiry_seconds gauge\n# HELP"));
        assertEquals(true, text.endsWith("strongroom_imported_key_material_expiring_keys{urgency=\"later\"} 0\n"));
    }

    @Test
    void labelValuesEscapeBackslashQuoteAndLineFeed() {
        assertEquals("a\\\\b\\\"c\\nd", PrometheusText.escapeLabel("a\\b\"c\nd"));
        assertEquals("plain-value/with:colons", PrometheusText.escapeLabel("plain-value/with:colons"));

        String text = PrometheusText.render(List.of(new MaterialDeadline("odd\"id", "arn\\x\ny", NOW)),
                new ExpirySummary(1, 0, 0, 0), NOW);
        assertEquals(true, text.contains("{key_id=\"odd\\\"id\",key_arn=\"arn\\\\x\\ny\"} 0\n"), text);
    }

    @Test
    void helpTextEscapesBackslashAndLineFeedButNotQuotes() {
        assertEquals("say \"hi\" \\\\ now\\nthen", PrometheusText.escapeHelp("say \"hi\" \\ now\nthen"));
    }
}
