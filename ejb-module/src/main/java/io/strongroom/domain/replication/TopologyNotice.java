package io.strongroom.domain.replication;

import io.strongroom.domain.KeyRotationRules;
import io.strongroom.domain.KeyState;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Payload of TOPOLOGY_NOTICE: one piece of news about a multi-Region key's related keys, sent so
 * that every related key knows every other's state. It holds Region names, key states, a
 * material version number and the automatic-rotation setting only, never material. The key id is
 * the header's.
 *
 * <pre>ascii8 kind | REPLICA_STATE, REPLICA_ADDED: ascii8 region | ascii8 key state
 *                 | REPLICA_DELETED: ascii8 region
 *                 | PRIMARY_CHANGED: ascii8 new primary region | u16 count × (ascii8 region, ascii8 key state)
 *                 | MATERIAL_ROTATED: u32 material version (at least 1)
 *                 | ROTATION_SETTING: u32 rotation period in days (0: off) | i64 next rotation date, epoch ms (0: off)</pre>
 *
 * @param region the replica the news is about; the new primary's Region for PRIMARY_CHANGED; null for MATERIAL_ROTATED
 * @param state the replica's state (REPLICA_STATE, REPLICA_ADDED), else null
 * @param replicas the new primary's replicas (PRIMARY_CHANGED), else empty
 * @param materialVersion the primary's new current material version (MATERIAL_ROTATED), else 0
 * @param rotation the primary's automatic-rotation setting (ROTATION_SETTING), else null
 */
public record TopologyNotice(Kind kind, String region, KeyState state, SortedMap<String, KeyState> replicas,
                             int materialVersion, Rotation rotation) {

    /**
     * A multi-Region key's automatic-rotation setting, a shared property: {@link #OFF}, or on with
     * a period of 90 to 2560 days and the date of the next rotation (to the millisecond).
     */
    public record Rotation(int periodDays, Instant nextRotationDate) {

        public static final Rotation OFF = new Rotation(0, null);

        public Rotation {
            boolean on = periodDays != 0;
            if (on != (nextRotationDate != null) || on && (periodDays < KeyRotationRules.MIN_PERIOD_DAYS
                    || periodDays > KeyRotationRules.MAX_PERIOD_DAYS || nextRotationDate.toEpochMilli() <= 0)) {
                throw new IllegalArgumentException("rotation period " + periodDays + " and next date "
                        + nextRotationDate + " do not fit");
            }
            nextRotationDate = on ? Instant.ofEpochMilli(nextRotationDate.toEpochMilli()) : null;
        }

        public boolean isOn() {
            return periodDays != 0;
        }
    }

    /** What happened. The names travel on the wire and never change meaning. */
    public enum Kind {
        /** Replica → primary, primary → other replicas: the replica in {@code region} is now in {@code state}. */
        REPLICA_STATE,
        /** Replica → primary, primary → other replicas: the replica in {@code region} was deleted. */
        REPLICA_DELETED,
        /** Primary → its earlier replicas: ReplicateKey made a new replica in {@code region}. */
        REPLICA_ADDED,
        /** New primary → replicas: the primary is now in {@code region}, with these replicas. */
        PRIMARY_CHANGED,
        /** Primary → replicas: new material became current under {@code materialVersion}. */
        MATERIAL_ROTATED,
        /** Primary → replicas: automatic rotation is now {@code rotation} (enabled, disabled, or its next date moved). */
        ROTATION_SETTING
    }

    public TopologyNotice {
        Objects.requireNonNull(kind, "kind");
        replicas = new TreeMap<>(replicas == null ? Map.of() : replicas);
        boolean aboutRegion = kind != Kind.MATERIAL_ROTATED && kind != Kind.ROTATION_SETTING;
        boolean withState = kind == Kind.REPLICA_STATE || kind == Kind.REPLICA_ADDED;
        if (aboutRegion != RegionName.isValid(region) || aboutRegion != (region != null)) {
            throw new IllegalArgumentException(kind + " needs " + (aboutRegion ? "a well-formed region" : "no region"));
        }
        if (withState != (state != null)) {
            throw new IllegalArgumentException(kind + (withState ? " needs a key state" : " carries no key state"));
        }
        if ((kind == Kind.MATERIAL_ROTATED) != (materialVersion >= 1) || materialVersion < 0) {
            throw new IllegalArgumentException(kind + " and material version " + materialVersion + " do not fit");
        }
        if ((kind == Kind.ROTATION_SETTING) != (rotation != null)) {
            throw new IllegalArgumentException(kind + (rotation == null ? " needs a rotation setting" : " carries no rotation setting"));
        }
        if (kind != Kind.PRIMARY_CHANGED && !replicas.isEmpty() || region != null && replicas.containsKey(region)) {
            throw new IllegalArgumentException(kind + " cannot carry these replicas");
        }
        replicas.keySet().forEach(name -> {
            if (!RegionName.isValid(name)) {
                throw new IllegalArgumentException("malformed replica region");
            }
        });
    }

    public static TopologyNotice replicaState(String region, KeyState state) {
        return new TopologyNotice(Kind.REPLICA_STATE, region, state, null, 0, null);
    }

    public static TopologyNotice replicaDeleted(String region) {
        return new TopologyNotice(Kind.REPLICA_DELETED, region, null, null, 0, null);
    }

    public static TopologyNotice replicaAdded(String region, KeyState state) {
        return new TopologyNotice(Kind.REPLICA_ADDED, region, state, null, 0, null);
    }

    public static TopologyNotice primaryChanged(String newPrimaryRegion, Map<String, KeyState> replicas) {
        return new TopologyNotice(Kind.PRIMARY_CHANGED, newPrimaryRegion, null, new TreeMap<>(replicas), 0, null);
    }

    public static TopologyNotice materialRotated(int materialVersion) {
        return new TopologyNotice(Kind.MATERIAL_ROTATED, null, null, null, materialVersion, null);
    }

    public static TopologyNotice rotationSetting(Rotation rotation) {
        return new TopologyNotice(Kind.ROTATION_SETTING, null, null, null, 0, rotation);
    }

    public byte[] encode() {
        CanonicalWriter out = new CanonicalWriter().ascii8(kind.name());
        switch (kind) {
            case REPLICA_STATE, REPLICA_ADDED -> out.ascii8(region).ascii8(state.name());
            case REPLICA_DELETED -> out.ascii8(region);
            case PRIMARY_CHANGED -> {
                out.ascii8(region);
                ReplicaStates.write(out, replicas);
            }
            case MATERIAL_ROTATED -> out.u32(materialVersion);
            case ROTATION_SETTING -> out.u32(rotation.periodDays())
                    .i64(rotation.isOn() ? rotation.nextRotationDate().toEpochMilli() : 0);
        }
        return out.toBytes();
    }

    /** Parses strictly: an unknown kind, a malformed region or state, a version 0, a bad list or extra bytes are refused. */
    public static TopologyNotice decode(byte[] payload) {
        CanonicalReader in = new CanonicalReader(payload, ReplicationError.MALFORMED_PAYLOAD);
        String name = in.ascii8();
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> in.refused("unknown notice kind"));
        TopologyNotice notice = switch (kind) {
            case REPLICA_STATE -> replicaState(ReplicaStates.region(in), ReplicaStates.state(in));
            case REPLICA_ADDED -> replicaAdded(ReplicaStates.region(in), ReplicaStates.state(in));
            case REPLICA_DELETED -> replicaDeleted(ReplicaStates.region(in));
            case PRIMARY_CHANGED -> {
                String primary = ReplicaStates.region(in);
                SortedMap<String, KeyState> replicas = ReplicaStates.read(in);
                if (replicas.containsKey(primary)) {
                    throw in.refused("the new primary's Region is among its replicas");
                }
                yield primaryChanged(primary, replicas);
            }
            case MATERIAL_ROTATED -> {
                long version = in.u32();
                if (version < 1 || version > Integer.MAX_VALUE) {
                    throw in.refused("the material version is out of range");
                }
                yield materialRotated((int) version);
            }
            case ROTATION_SETTING -> {
                long period = in.u32();
                long next = in.i64();
                try {
                    yield rotationSetting(period == 0 && next == 0 ? Rotation.OFF
                            : new Rotation((int) Math.min(period, Integer.MAX_VALUE), next == 0 ? null : Instant.ofEpochMilli(next)));
                } catch (IllegalArgumentException outOfRange) {
                    throw in.refused("the rotation period or next rotation date is out of range");
                }
            }
        };
        in.end();
        return notice;
    }
}
