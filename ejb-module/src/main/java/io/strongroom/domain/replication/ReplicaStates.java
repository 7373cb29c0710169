package io.strongroom.domain.replication;

import io.strongroom.domain.KeyState;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one encoding of a list of related replicas with their key states, shared by the payloads
 * that carry one: {@code u16 count × (ascii8 region, ascii8 key state)}, regions in increasing
 * order without repeats, so a list has exactly one encoding.
 */
final class ReplicaStates {

    private ReplicaStates() {
    }

    static void write(CanonicalWriter out, Map<String, KeyState> replicas) {
        out.u16(replicas.size());
        new TreeMap<>(replicas).forEach((region, state) -> out.ascii8(region).ascii8(state.name()));
    }

    static SortedMap<String, KeyState> read(CanonicalReader in) {
        int count = in.u16();
        SortedMap<String, KeyState> replicas = new TreeMap<>();
        String previous = null;
        for (int i = 0; i < count; i++) {
            String region = region(in);
            if (previous != null && region.compareTo(previous) <= 0) {
                throw in.refused("a replica region is repeated or out of order");
            }
            replicas.put(region, state(in));
            previous = region;
        }
        return replicas;
    }

    static String region(CanonicalReader in) {
        String region = in.ascii8();
        if (!RegionName.isValid(region)) {
            throw in.refused("a region name is malformed");
        }
        return region;
    }

    static KeyState state(CanonicalReader in) {
        String name = in.ascii8();
        for (KeyState state : KeyState.values()) {
            if (state.name().equals(name)) {
                return state;
            }
        }
        throw in.refused("unknown key state");
    }
}
