package io.strongroom.domain.replication;

import io.strongroom.domain.KeyState;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A list of related replicas with their key states, as REPLICA_ORDER and PRIMARY_UPDATE_COMMIT
 * carry it: {@code u16 count × (ascii8 region · ascii8 key state)}, regions in ascending order,
 * each once.
 */
public final class ReplicaStateList {

    private ReplicaStateList() {
    }

    public static void write(CanonicalWriter out, SortedMap<String, KeyState> replicas) {
        out.u16(replicas.size());
        replicas.forEach((region, state) -> out.ascii8(region).ascii8(state.name()));
    }

    public static SortedMap<String, KeyState> read(CanonicalReader in) {
        int count = in.u16();
        SortedMap<String, KeyState> replicas = new TreeMap<>();
        String previous = "";
        for (int i = 0; i < count; i++) {
            String region = in.ascii8();
            if (!RegionName.isValid(region) || region.compareTo(previous) <= 0) {
                throw in.refused("a replica region is malformed, repeated or out of order");
            }
            replicas.put(region, state(in, in.ascii8()));
            previous = region;
        }
        return replicas;
    }

    private static KeyState state(CanonicalReader in, String name) {
        for (KeyState state : KeyState.values()) {
            if (state.name().equals(name)) {
                return state;
            }
        }
        throw in.refused("unknown key state");
    }
}
