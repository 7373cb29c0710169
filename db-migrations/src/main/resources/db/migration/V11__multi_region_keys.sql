-- Multi-Region keys as one region sees them (KMS-SPEC §6).
-- multi_region_key_type: PRIMARY or REPLICA for a multi-Region key, null for a single-Region key.
-- primary_region: the Region of the primary key (this region when the key is the primary).
-- pending_deletion_window_days: the waiting period of a primary in PendingReplicaDeletion; its
--   deletion date is only known once the last replica is gone, so the window waits here until then.

alter table kms_key
    add column multi_region_key_type        varchar(16) check (multi_region_key_type in ('PRIMARY', 'REPLICA')),
    add column primary_region               varchar(32),
    add column pending_deletion_window_days integer check (pending_deletion_window_days between 7 and 30),
    add constraint kms_key_multi_region_role check (
        (multi_region and multi_region_key_type is not null and primary_region is not null)
        or (not multi_region and multi_region_key_type is null and primary_region is null));

-- The related replica keys in other Regions, with each one's key state as this region last heard
-- of it. A replica key lists its peers here; its own Region is the region the row lives in.
create table key_replica (
    key_id    varchar(64) not null references kms_key (key_id) on delete cascade,
    region    varchar(32) not null,
    key_state varchar(32) not null,
    primary key (key_id, region)
);
