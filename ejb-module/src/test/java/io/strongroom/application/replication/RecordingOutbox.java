package io.strongroom.application.replication;

import io.strongroom.domain.replication.TopologyNotice;
import io.strongroom.domain.replication.TopologyNoticeOutbox;
import io.strongroom.persistence.TopologyNoticeRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An outbox that records, in order, "destination notice" for each notice queued, "key region" for
 * each discard and "key from to" for each readdressing.
 */
final class RecordingOutbox implements TopologyNoticeOutbox {

    final List<String> queued = new ArrayList<>();
    final List<String> discarded = new ArrayList<>();
    final List<String> readdressed = new ArrayList<>();

    @Override
    public void enqueue(String keyId, String destinationRegion, TopologyNotice notice, Instant now) {
        // Through its encoding, so that what is recorded is what would travel.
        queued.add(destinationRegion + " " + TopologyNotice.decode(notice.encode()));
    }

    @Override
    public void discard(String keyId, String destinationRegion) {
        discarded.add(keyId + " " + destinationRegion);
    }

    @Override
    public void readdress(String keyId, String fromRegion, String toRegion, Instant now) {
        readdressed.add(keyId + " " + fromRegion + " " + toRegion);
    }

    @Override
    public List<Long> dueHeads(Instant now, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<TopologyNoticeRecord> lock(long noticeId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void remove(TopologyNoticeRecord notice) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<TopologyNoticeRecord> queued(String keyId) {
        throw new UnsupportedOperationException();
    }
}
