package io.strongroom.domain.replication;

import io.strongroom.domain.Origin;
import java.util.ArrayList;
import java.util.List;

/**
 * Payload of MATERIAL_RESPONSE: {@code u16 length | RAK_A public key (DER) | key properties | u16
 * count | wrapped material versions}, versions in increasing order without repeats. A key of
 * origin EXTERNAL carries no material at all: imported material is imported into every region
 * separately and only ever compared by fingerprint.
 */
public record MaterialResponse(byte[] agreementPublicKey, KeyProperties properties, List<WrappedMaterial> materials) {

    public MaterialResponse {
        materials = List.copyOf(materials);
    }

    public byte[] encode() {
        CanonicalWriter out = new CanonicalWriter().bytes16(agreementPublicKey);
        properties.write(out);
        out.u16(materials.size());
        materials.forEach(material -> material.write(out));
        return out.toBytes();
    }

    /** Parses and checks the payload's own consistency: material iff not imported, the current version among it. */
    public static MaterialResponse decode(byte[] payload) {
        CanonicalReader in = new CanonicalReader(payload, ReplicationError.MALFORMED_PAYLOAD);
        byte[] agreementKey = in.bytes16(MaterialRequest.MAX_AGREEMENT_KEY_LENGTH);
        KeyProperties properties = KeyProperties.read(in);
        int count = in.u16();
        List<WrappedMaterial> materials = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            WrappedMaterial material = WrappedMaterial.read(in);
            if (!materials.isEmpty() && material.materialVersion() <= materials.get(materials.size() - 1).materialVersion()) {
                throw in.refused("material versions are not in increasing order");
            }
            materials.add(material);
        }
        in.end();
        boolean imported = properties.origin() == Origin.EXTERNAL;
        if (imported != materials.isEmpty()) {
            throw in.refused(imported ? "imported material must never travel" : "no material");
        }
        if (!imported && materials.stream().noneMatch(m -> m.materialVersion() == properties.currentMaterialVersion())) {
            throw in.refused("the current material version is missing");
        }
        return new MaterialResponse(agreementKey, properties, materials);
    }
}
