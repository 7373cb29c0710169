package io.strongroom.application;

import io.strongroom.client.KeyMetadata;
import io.strongroom.client.Tag;
import java.util.List;

/**
 * The replica ReplicateKey asked for, as its Region is to create it: its metadata there (Creating,
 * the primary's shared properties, its own description), its key policy and its tags. This is
 * what the replication transport carries to that Region, and what ReplicateKey will answer
 * (ReplicaKeyMetadata, ReplicaPolicy, ReplicaTags) once the replica is really being made.
 */
public record ReplicaOrder(KeyMetadata replicaKeyMetadata, String replicaPolicy, List<Tag> replicaTags) {
}
