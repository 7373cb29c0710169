package io.strongroom.application;

import java.util.EnumMap;
import java.util.Map;

/** How many keys' imported material falls in each {@link ExpiryUrgency} band: the dashboard widget and the metrics. */
public record ExpirySummary(long expired, long under24Hours, long under7Days, long later) {

    public long count(ExpiryUrgency urgency) {
        return switch (urgency) {
            case EXPIRED -> expired;
            case UNDER_24_HOURS -> under24Hours;
            case UNDER_7_DAYS -> under7Days;
            case LATER -> later;
        };
    }

    public Map<ExpiryUrgency, Long> counts() {
        Map<ExpiryUrgency, Long> counts = new EnumMap<>(ExpiryUrgency.class);
        for (ExpiryUrgency urgency : ExpiryUrgency.values()) {
            counts.put(urgency, count(urgency));
        }
        return counts;
    }

    public long total() {
        return expired + under24Hours + under7Days + later;
    }
}
