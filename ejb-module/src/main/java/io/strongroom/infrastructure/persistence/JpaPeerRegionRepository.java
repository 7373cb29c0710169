package io.strongroom.infrastructure.persistence;

import io.strongroom.domain.replication.PeerRegion;
import io.strongroom.domain.replication.PeerRegionRepository;
import io.strongroom.domain.replication.PeerSigningKey;
import io.strongroom.persistence.PeerRegionRecord;
import io.strongroom.persistence.PeerSigningKeyRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link PeerRegionRepository} on JPA: a peer row and its key rows, read in two queries whatever the number of peers. */
@ApplicationScoped
public class JpaPeerRegionRepository implements PeerRegionRepository {

    private static final HexFormat HEX = HexFormat.of();

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;

    @Override
    public Optional<PeerRegion> find(String region) {
        return Optional.ofNullable(em.find(PeerRegionRecord.class, region)).map(peer -> withKeys(List.of(peer)).get(0));
    }

    @Override
    public List<PeerRegion> list() {
        List<PeerRegionRecord> peers = em.createNamedQuery("PeerRegionRecord.all", PeerRegionRecord.class).getResultList();
        return peers.isEmpty() ? List.of() : withKeys(peers);
    }

    @Override
    public void add(PeerRegion peer) {
        em.persist(new PeerRegionRecord(peer.region(), peer.endpoint(), peer.registeredAt()));
        peer.keys().forEach(key -> persist(peer.region(), key));
    }

    @Override
    public void replace(PeerRegion peer) {
        em.find(PeerRegionRecord.class, peer.region()).setEndpoint(peer.endpoint());
        // Changed in place: the rows may already be managed in this transaction.
        Map<String, PeerSigningKeyRecord> stored = em.createNamedQuery("PeerSigningKeyRecord.forRegions", PeerSigningKeyRecord.class)
                .setParameter("regions", List.of(peer.region())).getResultStream()
                .collect(Collectors.toMap(PeerSigningKeyRecord::getFingerprint, Function.identity()));
        for (PeerSigningKey key : peer.keys()) {
            PeerSigningKeyRecord record = stored.remove(HEX.formatHex(key.fingerprint()));
            if (record == null) {
                persist(peer.region(), key);
            } else {
                record.setValidUntil(key.validUntil());
            }
        }
        stored.values().forEach(em::remove);
    }

    @Override
    public boolean remove(String region) {
        PeerRegionRecord peer = em.find(PeerRegionRecord.class, region);
        if (peer == null) {
            return false;
        }
        em.createNamedQuery("PeerSigningKeyRecord.deleteForRegion").setParameter("region", region).executeUpdate();
        em.remove(peer);
        return true;
    }

    private void persist(String region, PeerSigningKey key) {
        em.persist(new PeerSigningKeyRecord(region, HEX.formatHex(key.fingerprint()), key.publicKey(), key.validFrom(),
                key.validUntil()));
    }

    private List<PeerRegion> withKeys(List<PeerRegionRecord> peers) {
        Map<String, List<PeerSigningKey>> keys = em.createNamedQuery("PeerSigningKeyRecord.forRegions", PeerSigningKeyRecord.class)
                .setParameter("regions", peers.stream().map(PeerRegionRecord::getRegion).toList()).getResultStream()
                .collect(Collectors.groupingBy(PeerSigningKeyRecord::getRegion, Collectors.mapping(k -> new PeerSigningKey(
                        HEX.parseHex(k.getFingerprint()), k.getPublicKey(), k.getValidFrom(), k.getValidUntil()),
                        Collectors.toList())));
        return peers.stream().map(peer -> new PeerRegion(peer.getRegion(), peer.getEndpoint(), peer.getRegisteredAt(),
                keys.getOrDefault(peer.getRegion(), List.of()))).toList();
    }
}
