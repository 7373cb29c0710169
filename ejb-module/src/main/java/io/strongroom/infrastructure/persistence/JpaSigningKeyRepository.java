package io.strongroom.infrastructure.persistence;

import io.strongroom.domain.replication.SigningKey;
import io.strongroom.domain.replication.SigningKeyRepository;
import io.strongroom.persistence.ReplicationSigningKeyRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * {@link SigningKeyRepository} on JPA and PostgreSQL. New versions go in with {@code ON CONFLICT
 * DO NOTHING}, so nodes that start or rotate together end with one current key, not an error.
 */
@ApplicationScoped
public class JpaSigningKeyRepository implements SigningKeyRepository {

    private static final String INSERT = "insert into replication_signing_key"
            + " (version, public_key, private_key_sealed, created_at) values (?1, ?2, ?3, ?4)"
            + " on conflict do nothing";

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;

    @Override
    public Optional<SigningKey> current() {
        return all().stream().filter(SigningKey::current).findFirst();
    }

    @Override
    public List<SigningKey> all() {
        return em.createNamedQuery("ReplicationSigningKeyRecord.all", ReplicationSigningKeyRecord.class).getResultStream()
                .map(k -> new SigningKey(k.getVersion(), k.getPublicKey(), k.getPrivateKeySealed(), k.getCreatedAt(),
                        k.getRetiredAt()))
                .toList();
    }

    @Override
    public boolean insertIfAbsent(SigningKey key) {
        if (!key.current()) {
            throw new IllegalArgumentException("Only a new current signing key is inserted");
        }
        return em.createNativeQuery(INSERT).setParameter(1, key.version()).setParameter(2, key.publicKey())
                .setParameter(3, key.sealedPrivateKey()).setParameter(4, key.createdAt().atOffset(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    @Override
    public void retire(int version, Instant at) {
        ReplicationSigningKeyRecord record = em.find(ReplicationSigningKeyRecord.class, version);
        if (record != null) {
            record.retire(at);
            // Before the new current version is inserted, which the unique index on the current one checks.
            em.flush();
        }
    }
}
