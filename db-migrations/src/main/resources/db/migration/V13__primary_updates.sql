-- UpdatePrimaryRegion across Regions (docs/replication-protocol.md, "UpdatePrimaryRegion end to end").
-- One row per update this region takes part in, so either region resumes it after a restart.
-- role SOURCE: this region is the primary handing its role over to peer_region; its timer sends
--   PRIMARY_UPDATE_COMMIT (phase COMMITTING) or PRIMARY_UPDATE_BACK_OUT (phase BACKING_OUT) until
--   the peer confirmed, then deletes the row. attempts and next_attempt_at are the retry backoff
--   (2 s doubling to 5 minutes), kept here so a restart does not reset it.
-- role TARGET: this region holds the replica that becomes the primary; peer_region is the old
--   primary. PREPARED while both keys are Updating; COMMITTED or BACKED_OUT afterwards, kept for a
--   while so a repeated delivery of the same update gets the same answer.
-- replica_state_before: on the source, the target replica's state before the update (restored
--   when the update backs out).

create table primary_update (
    update_id            varchar(32) primary key,
    key_id               varchar(64) not null references kms_key (key_id) on delete cascade,
    role                 varchar(8)  not null check (role in ('SOURCE', 'TARGET')),
    peer_region          varchar(32) not null,
    phase                varchar(16) not null check (phase in ('COMMITTING', 'BACKING_OUT', 'PREPARED', 'COMMITTED', 'BACKED_OUT')),
    replica_state_before varchar(32),
    started_at           timestamptz not null,
    attempts             integer     not null default 0 check (attempts >= 0),
    next_attempt_at      timestamptz not null,
    constraint primary_update_phase_of_role check (
        (role = 'SOURCE' and phase in ('COMMITTING', 'BACKING_OUT'))
        or (role = 'TARGET' and phase in ('PREPARED', 'COMMITTED', 'BACKED_OUT')))
);

create index primary_update_due on primary_update (next_attempt_at) where role = 'SOURCE';
create index primary_update_key on primary_update (key_id);
