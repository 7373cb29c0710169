package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.application.MultiRegionStatus.ReplicaStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultiRegionStatusTest {

    private static final String ARN = "arn:aws:kms:%s:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab";

    @Test
    void updatePrimaryRegionCanNameTheOtherReplicasButNotTheReplicaShowingItself() {
        MultiRegionStatus onReplica = new MultiRegionStatus("REPLICA", "us-east-1", ARN.formatted("us-east-1"),
                List.of(replica("eu-west-1", "Enabled", false), replica("us-west-2", "Creating", true)), List.of());
        assertFalse(onReplica.primary());
        assertEquals(List.of("eu-west-1"), onReplica.replicaRegions());
        assertTrue(onReplica.anyCreating());
    }

    @Test
    void aPrimaryWithoutReplicasBeingCreatedHasNothingToExplain() {
        MultiRegionStatus onPrimary = new MultiRegionStatus("PRIMARY", "us-east-1", ARN.formatted("us-east-1"),
                List.of(replica("us-west-2", "Enabled", false), replica("eu-west-1", "Disabled", false)), List.of());
        assertTrue(onPrimary.primary());
        assertEquals(List.of("us-west-2", "eu-west-1"), onPrimary.replicaRegions());
        assertFalse(onPrimary.anyCreating());
    }

    private static ReplicaStatus replica(String region, String state, boolean thisRegion) {
        return new ReplicaStatus(region, ARN.formatted(region), state, thisRegion);
    }
}
