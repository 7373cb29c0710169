-- Topology notices waiting to reach a related key's Region (the outbox). A notice is written in
-- the same transaction as the change it reports, so no notice exists for a change that rolled
-- back and none is lost once the change committed. The delivery timer sends them per key and
-- destination in notice_id order, each attempt a freshly signed message, and deletes a notice
-- once the destination accepted it. payload is the canonical TopologyNotice: Region names, key
-- states and a material version number, never material. No foreign key on key_id: a replica's
-- deletion is reported after its key row is gone.
create table topology_notice (
    notice_id          bigserial    primary key,
    key_id             varchar(64)  not null,
    destination_region varchar(64)  not null,
    kind               varchar(32)  not null,
    payload            bytea        not null,
    created_at         timestamptz  not null,
    attempts           integer      not null default 0 check (attempts >= 0),
    next_attempt_at    timestamptz  not null,
    last_failure       varchar(512)
);
create index topology_notice_queue on topology_notice (key_id, destination_region, notice_id);
create index topology_notice_due on topology_notice (next_attempt_at);

-- Replicas that lack material from their primary's Region, with the retry backoff of fetching
-- it: a replica being created (wanted_material_version null: whatever the primary holds), or
-- one whose primary announced rotated material (the version announced). The backoff lives here,
-- not in memory; at startup next_attempt_at is moved to the start, so a restart tries every
-- pending replica at once.
create table replica_fetch (
    key_id                  varchar(64) primary key references kms_key (key_id) on delete cascade,
    wanted_material_version integer     check (wanted_material_version >= 1),
    attempts                integer     not null default 0 check (attempts >= 0),
    next_attempt_at         timestamptz not null,
    last_failure            varchar(512)
);
insert into replica_fetch (key_id, next_attempt_at)
select key_id, now() from kms_key where multi_region_key_type = 'REPLICA' and key_state = 'Creating';
