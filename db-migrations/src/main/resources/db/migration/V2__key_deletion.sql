-- Key deletion: what remains of a key once the deletion sweeper has removed it, and an index
-- that lets the sweeper find due keys without scanning every key.
-- A tombstone keeps the key's identity and shape for the audit trail; its material, tags and
-- aliases are gone with the key row.

create table deleted_key (
    key_id        varchar(64) primary key,
    key_spec      varchar(32) not null,
    key_usage     varchar(32) not null,
    origin        varchar(32) not null,
    created_at    timestamptz not null,
    deletion_date timestamptz not null,
    deleted_at    timestamptz not null
);

create index kms_key_due_deletion on kms_key (deletion_date, key_id) where key_state = 'PendingDeletion';
