package io.strongroom.domain.replication;

import java.util.List;
import java.util.Optional;

/** The registered peer regions and their signing keys (peer_region, peer_signing_key). */
public interface PeerRegionRepository {

    Optional<PeerRegion> find(String region);

    /** Every peer by region name. */
    List<PeerRegion> list();

    void add(PeerRegion peer);

    /** Stores a changed peer: its endpoint and its whole key list. */
    void replace(PeerRegion peer);

    /** Removes a peer and its keys; returns whether it existed. */
    boolean remove(String region);
}
