package io.strongroom.application.replication;

import io.strongroom.domain.replication.PeerRegion;
import io.strongroom.domain.replication.PeerRegionRepository;
import io.strongroom.domain.replication.ReplicationSession;
import io.strongroom.domain.replication.ReplicationSessionRepository;
import io.strongroom.domain.replication.SeenMessageRepository;
import io.strongroom.domain.replication.SigningKey;
import io.strongroom.domain.replication.SigningKeyRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The replication repositories in memory, with the semantics the JPA ones have, for regions in unit tests. */
final class InMemoryReplicationStores {

    private InMemoryReplicationStores() {
    }

    static final class SigningKeys implements SigningKeyRepository {
        final Map<Integer, SigningKey> keys = new TreeMap<>(Comparator.reverseOrder());

        @Override
        public Optional<SigningKey> current() {
            return keys.values().stream().filter(SigningKey::current).findFirst();
        }

        @Override
        public List<SigningKey> all() {
            return List.copyOf(keys.values());
        }

        @Override
        public boolean insertIfAbsent(SigningKey key) {
            if (keys.containsKey(key.version()) || (key.current() && current().isPresent())) {
                return false;
            }
            keys.put(key.version(), key);
            return true;
        }

        @Override
        public void retire(int version, Instant at) {
            keys.computeIfPresent(version, (v, key) -> key.retire(at));
        }
    }

    static final class Peers implements PeerRegionRepository {
        final Map<String, PeerRegion> peers = new TreeMap<>();

        @Override
        public Optional<PeerRegion> find(String region) {
            return Optional.ofNullable(peers.get(region));
        }

        @Override
        public List<PeerRegion> list() {
            return List.copyOf(peers.values());
        }

        @Override
        public void add(PeerRegion peer) {
            if (peers.putIfAbsent(peer.region(), peer) != null) {
                throw new IllegalStateException("duplicate key " + peer.region());
            }
        }

        @Override
        public void replace(PeerRegion peer) {
            peers.replace(peer.region(), peer);
        }

        @Override
        public boolean remove(String region) {
            return peers.remove(region) != null;
        }
    }

    static final class Sessions implements ReplicationSessionRepository {
        final Map<String, ReplicationSession> sessions = new TreeMap<>();

        @Override
        public void open(ReplicationSession session) {
            sessions.put(hex(session.sessionId()), session);
        }

        @Override
        public Optional<ReplicationSession> find(byte[] sessionId) {
            return Optional.ofNullable(sessions.get(hex(sessionId)));
        }

        @Override
        public void close(byte[] sessionId) {
            sessions.remove(hex(sessionId));
        }

        @Override
        public int removeExpired(Instant now, int limit) {
            List<String> expired = new ArrayList<>();
            sessions.forEach((id, session) -> {
                if (!session.expiresAt().isAfter(now) && expired.size() < limit) {
                    expired.add(id);
                }
            });
            expired.forEach(sessions::remove);
            return expired.size();
        }
    }

    static final class Seen implements SeenMessageRepository {
        final Map<String, Instant> seen = new TreeMap<>();

        @Override
        public boolean seen(String sourceRegion, byte[] sessionId, long sequence) {
            return seen.containsKey(sourceRegion + "/" + hex(sessionId) + "/" + sequence);
        }

        @Override
        public boolean firstSighting(String sourceRegion, byte[] sessionId, long sequence, Instant keepUntil) {
            return seen.putIfAbsent(sourceRegion + "/" + hex(sessionId) + "/" + sequence, keepUntil) == null;
        }

        @Override
        public int removeExpired(Instant now, int limit) {
            List<String> expired = seen.entrySet().stream().filter(e -> !e.getValue().isAfter(now)).limit(limit)
                    .map(Map.Entry::getKey).toList();
            expired.forEach(seen::remove);
            return expired.size();
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
