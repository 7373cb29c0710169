package io.strongroom.domain.replication;

import io.strongroom.domain.KeySpec;
import io.strongroom.domain.KeyUsage;
import io.strongroom.domain.Origin;

/**
 * The shared properties of a multi-region key (KMS-SPEC §6) that the primary dictates to its
 * replicas: spec, usage, origin, the automatic-rotation setting and the current material version.
 *
 * @param rotationPeriodDays the automatic rotation period, 0 when automatic rotation is off
 */
public record KeyProperties(KeySpec keySpec, KeyUsage keyUsage, Origin origin, int rotationPeriodDays,
                            int currentMaterialVersion) {

    void write(CanonicalWriter out) {
        out.ascii8(keySpec.name()).ascii8(keyUsage.name()).ascii8(origin.name()).u32(rotationPeriodDays)
                .u32(currentMaterialVersion);
    }

    static KeyProperties read(CanonicalReader in) {
        KeySpec spec = MaterialRequest.keySpec(in, in.ascii8());
        KeyUsage usage = named(in, KeyUsage.class, in.ascii8());
        Origin origin = named(in, Origin.class, in.ascii8());
        long period = in.u32();
        long current = in.u32();
        if (period > Integer.MAX_VALUE || current > Integer.MAX_VALUE) {
            throw in.refused("a key property is out of range");
        }
        return new KeyProperties(spec, usage, origin, (int) period, (int) current);
    }

    private static <E extends Enum<E>> E named(CanonicalReader in, Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw in.refused("unknown " + type.getSimpleName());
    }
}
