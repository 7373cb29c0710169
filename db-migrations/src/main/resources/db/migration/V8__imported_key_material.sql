-- Imported key material (origin EXTERNAL).
-- valid_to / expiration_model: the expiry the importer chose (null: not imported, or never expires).
-- material_fingerprint: HMAC-SHA-256 of the imported bytes under a key derived from the root key.
--   It outlives the material (deleted or expired) so that a reimport can be checked to be the
--   same material; without the root key it reveals nothing (it is not an unkeyed hash).
-- expiry_warned_at: when the audit log recorded that the material enters the warning window.

alter table kms_key
    add column valid_to             timestamptz,
    add column expiration_model     varchar(32),
    add column material_fingerprint bytea,
    add column expiry_warned_at     timestamptz;

-- The expiry sweep and the expiry metrics look keys up by deadline.
create index kms_key_material_expiry on kms_key (valid_to, key_id) where valid_to is not null;

-- Wrapping key pairs handed out by GetParametersForImport. The private half is sealed under the
-- root key; a row lives until its import token is used successfully or expires.
create table import_wrapping_key (
    wrapping_key_id    varchar(64) primary key,
    key_id             varchar(64) not null references kms_key (key_id) on delete cascade,
    wrapping_algorithm varchar(32) not null,
    wrapping_key_spec  varchar(16) not null,
    private_key_sealed bytea       not null,
    created_at         timestamptz not null,
    expires_at         timestamptz not null
);

create index import_wrapping_key_expiry on import_wrapping_key (expires_at);
create index import_wrapping_key_key on import_wrapping_key (key_id);
