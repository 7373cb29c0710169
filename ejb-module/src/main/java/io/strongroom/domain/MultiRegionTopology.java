package io.strongroom.domain;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.MultiRegionConfiguration;
import io.strongroom.client.MultiRegionKey;
import io.strongroom.domain.replication.ReplicationError;
import io.strongroom.domain.replication.ReplicationRefusedException;
import io.strongroom.domain.replication.TopologyNotice;
import io.strongroom.persistence.KeyRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The multi-Region side of the key aggregate (KMS-SPEC §6): the key's role, the Region of its
 * primary, the related replicas this region knows of with their last known states, and the moves
 * multi-Region operations make. The topology is a shared property: only the primary replicates
 * or hands over its role. Moves that need the other Region (a replica's creation completing, the
 * roles swapping) are methods here for the replication transport to call when its messages arrive.
 */
public final class MultiRegionTopology {

    /** ReplicaRegion and PrimaryRegion: a Region name such as us-east-1 or ap-southeast-2. */
    static final Pattern REGION = Pattern.compile("([a-z]+-){2,3}\\d+");
    static final int MAX_REGION_LENGTH = 32;

    private final Key key;
    private final KeyRecord record;

    MultiRegionTopology(Key key) {
        this.key = key;
        this.record = key.record();
    }

    /** CreateKey with MultiRegion=true: the primary key, in this region, with no replicas yet. */
    public static Key createPrimary(String description, KeySpec spec, KeyUsage usage, Origin origin,
                                    RegionIdentity region, Instant now) {
        if (origin == Origin.EXTERNAL_KEY_STORE || origin == Origin.AWS_CLOUDHSM) {
            throw new KmsException(KmsError.UnsupportedOperationException,
                    "multiRegion keys cannot be created in a custom key store (origin " + origin + ")");
        }
        Key key = Key.create(KeyIds.multiRegion(), description, spec, usage, origin, now);
        key.record().setMultiRegionRole(MultiRegionKeyType.PRIMARY.name(), region.region());
        return key;
    }

    /**
     * A replica key as its Region records it when the primary's Region orders it: the shared
     * properties come from the primary, description (and policy and tags) are the replica's own.
     * It is Creating, without material, so never usable until {@link #replicaCreated} runs.
     *
     * @param peerReplicas the primary's other replicas and their states, as the primary knows them
     */
    public static Key createReplica(String keyId, String description, KeySpec spec, KeyUsage usage, Origin origin,
                                    String primaryRegion, Map<String, KeyState> peerReplicas, Instant now) {
        if (!keyId.startsWith(KeyIds.MULTI_REGION_PREFIX)) {
            throw new IllegalArgumentException("A replica shares its primary's multi-Region key id, not " + keyId);
        }
        Key key = Key.create(keyId, description, spec, usage, origin, now);
        KeyRecord record = key.record();
        record.setMultiRegionRole(MultiRegionKeyType.REPLICA.name(), primaryRegion);
        record.setKeyState(KeyState.Creating.name());
        record.setCurrentMaterialVersion(null);
        peerReplicas.forEach((region, state) -> record.getReplicaStates().put(region, state.name()));
        return key;
    }

    /** ReplicaRegion and PrimaryRegion constraints, with the AWS message naming the field. */
    public static String checkRegion(String field, String value) {
        if (value == null) {
            throw KmsException.validation(field, "Member must not be null");
        }
        if (value.isEmpty() || value.length() > MAX_REGION_LENGTH) {
            throw KmsException.validation(field, "Member must have length between 1 and " + MAX_REGION_LENGTH);
        }
        if (!REGION.matcher(value).matches()) {
            throw KmsException.validation(field, "Member must satisfy regular expression pattern: ^([a-z]+-){2,3}\\d+$");
        }
        return value;
    }

    public MultiRegionKeyType type() {
        return MultiRegionKeyType.valueOf(record.getMultiRegionKeyType());
    }

    public boolean isPrimary() {
        return type() == MultiRegionKeyType.PRIMARY;
    }

    public String primaryRegion() {
        return record.getPrimaryRegion();
    }

    /** The related replicas in other Regions, by Region, with the state last heard of. */
    public SortedMap<String, KeyState> replicas() {
        SortedMap<String, KeyState> replicas = new TreeMap<>();
        record.getReplicaStates().forEach((region, state) -> replicas.put(region, KeyState.valueOf(state)));
        return replicas;
    }

    public boolean hasReplicas() {
        return !record.getReplicaStates().isEmpty();
    }

    /**
     * ReplicateKey's checks in the primary's Region, then the new replica is recorded as Creating.
     * Checked in this order, nothing changes on a refusal: the Region's form, the key being the
     * primary, its state, the Region being another one, and no related key there already.
     */
    public void replicaRequested(String replicaRegion, RegionIdentity region) {
        checkRegion("replicaRegion", replicaRegion);
        ensurePrimary("ReplicateKey");
        key.ensureAllowed(KeyOperation.REPLICATE_KEY);
        if (replicaRegion.equals(region.region())) {
            throw KmsException.validation("replicaRegion",
                    "Member must name a Region other than the primary key's Region " + region.region());
        }
        if (record.getReplicaStates().containsKey(replicaRegion)) {
            throw new KmsException(KmsError.AlreadyExistsException,
                    "Key '" + key.id() + "' already has a replica in " + replicaRegion);
        }
        record.getReplicaStates().put(replicaRegion, KeyState.Creating.name());
    }

    /** A related replica reported its key state (its creation completed, it was disabled, …). */
    public void replicaStateReported(String replicaRegion, KeyState state) {
        if (!record.getReplicaStates().containsKey(replicaRegion)) {
            throw noReplicaIn(replicaRegion);
        }
        record.getReplicaStates().put(replicaRegion, state.name());
    }

    /**
     * A related replica was deleted. When this key is a primary in PendingReplicaDeletion and that
     * was its last replica, its waiting period starts now (KMS-SPEC §6).
     */
    public void replicaDeleted(String replicaRegion, Instant now) {
        if (record.getReplicaStates().remove(replicaRegion) == null) {
            throw noReplicaIn(replicaRegion);
        }
        if (isPrimary() && !hasReplicas() && key.state() == KeyState.PendingReplicaDeletion) {
            key.startWaitingPeriod(record.getPendingDeletionWindowDays(), now);
        }
    }

    /**
     * A {@link TopologyNotice} from {@code sourceRegion} about this key, applied if that Region is
     * entitled to send it: to a primary, a replica listed here reports its own state or deletion;
     * to a replica, its primary's Region reports anything about the other replicas (or rotated
     * material, which the caller fetches, or the automatic-rotation setting, which the caller
     * applies), and the new primary announces itself if it is a related
     * key this replica knows of. Anything else is refused with NOTICE_NOT_ENTITLED and changes
     * nothing. Applying a notice twice leaves the key as applying it once.
     */
    public void noticeReceived(TopologyNotice notice, String sourceRegion, RegionIdentity region, Instant now) {
        Map<String, String> listed = record.getReplicaStates();
        if (isPrimary()) {
            if (!sourceRegion.equals(notice.region()) || !listed.containsKey(sourceRegion)) {
                throw notEntitled(notice, sourceRegion);
            }
            switch (notice.kind()) {
                case REPLICA_STATE -> replicaStateReported(sourceRegion, notice.state());
                case REPLICA_DELETED -> replicaDeleted(sourceRegion, now);
                default -> throw notEntitled(notice, sourceRegion);
            }
            return;
        }
        if (notice.kind() == TopologyNotice.Kind.PRIMARY_CHANGED) {
            boolean related = sourceRegion.equals(primaryRegion()) || listed.containsKey(sourceRegion);
            if (!related || !sourceRegion.equals(notice.region())) {
                throw notEntitled(notice, sourceRegion);
            }
            primaryChanged(sourceRegion, notice.replicas(), region);
            return;
        }
        if (!sourceRegion.equals(primaryRegion()) || region.region().equals(notice.region())
                || primaryRegion().equals(notice.region())) {
            throw notEntitled(notice, sourceRegion);
        }
        switch (notice.kind()) {
            case REPLICA_STATE, REPLICA_ADDED -> listed.put(notice.region(), notice.state().name());
            case REPLICA_DELETED -> listed.remove(notice.region());
            case MATERIAL_ROTATED -> {
                if (key.origin() == Origin.EXTERNAL) {
                    throw notEntitled(notice, sourceRegion);
                }
            }
            case ROTATION_SETTING -> {
                // Only keys that can rotate have a rotation setting; the caller applies it.
                if (key.origin() != Origin.AWS_KMS || key.spec() != KeySpec.SYMMETRIC_DEFAULT) {
                    throw notEntitled(notice, sourceRegion);
                }
            }
            default -> throw notEntitled(notice, sourceRegion);
        }
    }

    /**
     * On a replica: the primary key is now the one in {@code newPrimaryRegion}, whose replicas are
     * {@code replicas} (this Region among them, which a replica does not list).
     */
    public void primaryChanged(String newPrimaryRegion, Map<String, KeyState> replicas, RegionIdentity region) {
        if (isPrimary() || newPrimaryRegion.equals(region.region())) {
            throw invalid("Key '" + key.id() + "' is not a replica of a key in " + newPrimaryRegion);
        }
        record.setMultiRegionRole(MultiRegionKeyType.REPLICA.name(), newPrimaryRegion);
        record.getReplicaStates().clear();
        replicas.forEach((replicaRegion, state) -> {
            if (!replicaRegion.equals(region.region())) {
                record.getReplicaStates().put(replicaRegion, state.name());
            }
        });
    }

    /**
     * On the replica: its creation completed. Generated material arrived (stored by the caller
     * under {@code materialVersion}), so it is Enabled; a key of imported material waits in
     * PendingImport instead, since such material is imported into each Region separately.
     */
    public void replicaCreated(Integer materialVersion) {
        if (isPrimary() || key.state() != KeyState.Creating) {
            throw invalid("Key '" + key.id() + "' is not a replica being created");
        }
        if (key.origin() == Origin.EXTERNAL) {
            record.setKeyState(KeyState.PendingImport.name());
            return;
        }
        if (materialVersion == null) {
            throw invalid("Key '" + key.id() + "' cannot finish creation without its key material");
        }
        record.setCurrentMaterialVersion(materialVersion);
        record.setKeyState(KeyState.Enabled.name());
    }

    /**
     * On a replica past its creation: the material versions its primary announced arrived (stored
     * by the caller); the primary's current version becomes this replica's. Never goes back.
     */
    public void materialFetched(Integer primaryCurrentVersion) {
        if (isPrimary() || key.state() == KeyState.Creating || primaryCurrentVersion == null) {
            throw invalid("Key '" + key.id() + "' is not a replica that takes its primary's material");
        }
        Integer current = record.getCurrentMaterialVersion();
        if (current == null || current < primaryCurrentVersion) {
            record.setCurrentMaterialVersion(primaryCurrentVersion);
        }
    }

    /**
     * UpdatePrimaryRegion on the primary: the replica in {@code newPrimaryRegion} is to become the
     * primary. Both keys must be Enabled when it starts (AWS documents this beside the key-state
     * table); both are Updating, still usable for cryptography, until the roles swap.
     */
    public void beginPrimaryUpdate(String newPrimaryRegion) {
        checkRegion("primaryRegion", newPrimaryRegion);
        ensurePrimary("UpdatePrimaryRegion");
        ensureEnabledForUpdate(key.state(), "Key '" + key.id() + "'");
        KeyState replicaState = replicas().get(newPrimaryRegion);
        if (replicaState == null) {
            throw noReplicaIn(newPrimaryRegion);
        }
        ensureEnabledForUpdate(replicaState, "The replica of key '" + key.id() + "' in " + newPrimaryRegion);
        record.setKeyState(KeyState.Updating.name());
        record.getReplicaStates().put(newPrimaryRegion, KeyState.Updating.name());
    }

    /** On the replica in the new primary Region: the primary's update towards it began. */
    public void primaryUpdateStarted() {
        if (isPrimary()) {
            throw invalid("Key '" + key.id() + "' is already the primary key");
        }
        ensureEnabledForUpdate(key.state(), "Key '" + key.id() + "'");
        record.setKeyState(KeyState.Updating.name());
    }

    /** On the old primary, once the update completed: it is a replica of the key in the new Region. */
    public void becomeReplica(String newPrimaryRegion) {
        if (!isPrimary() || key.state() != KeyState.Updating
                || !KeyState.Updating.name().equals(record.getReplicaStates().get(newPrimaryRegion))) {
            throw invalid("Key '" + key.id() + "' is not handing its primary role to " + newPrimaryRegion);
        }
        record.getReplicaStates().remove(newPrimaryRegion);
        record.setMultiRegionRole(MultiRegionKeyType.REPLICA.name(), newPrimaryRegion);
        record.setKeyState(KeyState.Enabled.name());
    }

    /**
     * On the new primary, once the update completed: the old primary is one of its replicas now,
     * Enabled again like this key, since the update completes for both together. The old primary's
     * other replicas, as it knew them, replace what this replica knew of its peers.
     *
     * @param formerPrimarysReplicas the old primary's replicas other than this one, with their states
     */
    public void becomePrimary(RegionIdentity region, Map<String, KeyState> formerPrimarysReplicas) {
        if (isPrimary() || key.state() != KeyState.Updating) {
            throw invalid("Key '" + key.id() + "' is not becoming the primary key");
        }
        record.getReplicaStates().clear();
        formerPrimarysReplicas.forEach((replicaRegion, state) -> {
            if (!replicaRegion.equals(region.region())) {
                record.getReplicaStates().put(replicaRegion, state.name());
            }
        });
        record.getReplicaStates().put(primaryRegion(), KeyState.Enabled.name());
        record.setMultiRegionRole(MultiRegionKeyType.PRIMARY.name(), region.region());
        record.setKeyState(KeyState.Enabled.name());
    }

    /**
     * On the primary, when the update towards {@code targetRegion} is called off before the roles
     * swapped: it stays the primary, Enabled, and the replica's state is what it was before.
     */
    public void primaryUpdateCalledOff(String targetRegion, KeyState replicaStateBefore) {
        if (!isPrimary() || key.state() != KeyState.Updating
                || !KeyState.Updating.name().equals(record.getReplicaStates().get(targetRegion))) {
            throw invalid("Key '" + key.id() + "' is not handing its primary role to " + targetRegion);
        }
        record.getReplicaStates().put(targetRegion, replicaStateBefore.name());
        record.setKeyState(KeyState.Enabled.name());
    }

    /** On the replica that was to become the primary, when the update is called off: Enabled again, still a replica. */
    public void replicaUpdateCalledOff() {
        if (isPrimary() || key.state() != KeyState.Updating) {
            throw invalid("Key '" + key.id() + "' is not a replica becoming the primary key");
        }
        record.setKeyState(KeyState.Enabled.name());
    }

    /** Refuses, on a replica, an operation that changes a property shared with the primary key. */
    public void ensurePrimary(String operation) {
        if (!isPrimary()) {
            throw new KmsException(KmsError.UnsupportedOperationException, operation + " is not supported on key '"
                    + key.id() + "': it is a multi-Region replica key; call it on the primary key in "
                    + primaryRegion());
        }
    }

    /** DescribeKey's MultiRegionConfiguration; a replica lists itself among the replicas, as AWS does. */
    public MultiRegionConfiguration configuration(RegionIdentity region) {
        List<String> replicaRegions = new ArrayList<>(replicas().keySet());
        if (!isPrimary()) {
            replicaRegions.add(region.region());
            replicaRegions.sort(null);
        }
        return new MultiRegionConfiguration(type().name(),
                new MultiRegionKey(region.keyArnIn(primaryRegion(), key.id()), primaryRegion()),
                replicaRegions.stream().map(r -> new MultiRegionKey(region.keyArnIn(r, key.id()), r)).toList());
    }

    /** The documented state errors first (disabled, pending deletion, …), then "is updating". */
    private void ensureEnabledForUpdate(KeyState state, String subject) {
        KeyStateRules.refusal(KeyOperation.UPDATE_PRIMARY_REGION, state, key.origin(), subject).ifPresent(refusal -> {
            throw refusal;
        });
        if (state != KeyState.Enabled) {
            throw invalid(subject + " is updating");
        }
    }

    private ReplicationRefusedException notEntitled(TopologyNotice notice, String sourceRegion) {
        return new ReplicationRefusedException(ReplicationError.NOTICE_NOT_ENTITLED,
                notice.kind() + " from " + sourceRegion + " about key " + key.id());
    }

    private KmsException noReplicaIn(String region) {
        return new KmsException(KmsError.NotFoundException, "Key '" + key.id() + "' has no replica in " + region);
    }

    private static KmsException invalid(String message) {
        return new KmsException(KmsError.KMSInvalidStateException, message + ".");
    }
}
