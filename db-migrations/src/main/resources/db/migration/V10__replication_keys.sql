-- Multi-region replication (docs/replication-protocol.md): this region's replication signing
-- keys, the peer regions an administrator registered, the sessions this region opened as
-- requester, and the messages it accepted (replay protection).

-- This region's Replication Signing Key (ECDSA P-384), one row per version.
-- public_key: DER SubjectPublicKeyInfo. private_key_sealed: PKCS#8 sealed under the root key
--   (AES-256-GCM, AAD "replication-signing-key|<version>"); never stored in plaintext.
-- retired_at: null for the current version; a retired version is still published to peers for
--   the overlap (STRONGROOM_RSK_OVERLAP_HOURS).
create table replication_signing_key (
    version            integer     primary key,
    public_key         bytea       not null,
    private_key_sealed bytea       not null,
    created_at         timestamptz not null,
    retired_at         timestamptz
);

-- At most one current version, also when nodes of a region start or rotate at the same moment.
create unique index replication_signing_key_current on replication_signing_key ((retired_at is null))
    where retired_at is null;

-- Peer regions, registered by an administrator (console or STRONGROOM_PEER_REGIONS_FILE).
create table peer_region (
    region        varchar(64)   primary key,
    endpoint      varchar(2048) not null,
    registered_at timestamptz   not null
);

-- A peer's signing keys: fingerprint = lower-case hex SHA-256 of public_key (DER).
-- valid_until: null for the peer's current key; the previous key keeps its signatures valid
--   until the end of the overlap after a rotation.
create table peer_signing_key (
    region      varchar(64) not null references peer_region (region) on delete cascade,
    fingerprint varchar(64) not null,
    public_key  bytea       not null,
    valid_from  timestamptz not null,
    valid_until timestamptz,
    primary key (region, fingerprint)
);

-- Sessions this region opened as requester and whose answer it awaits; any node may finish one.
-- agreement_key_sealed: the private half of the ephemeral ECDH key RAK_B, sealed under the root
--   key (AAD "replication-agreement-key|<session id>"); deleted with the session.
create table replication_session (
    session_id           varchar(32) primary key,
    peer_region          varchar(64) not null,
    key_id               varchar(64) not null,
    awaiting             varchar(32) not null,
    expected_key_spec    varchar(32),
    material_version     integer     not null,
    agreement_public_key bytea       not null,
    agreement_key_sealed bytea       not null,
    created_at           timestamptz not null,
    expires_at           timestamptz not null
);

create index replication_session_expiry on replication_session (expires_at);

-- Replay protection: every (source region, session id, sequence) accepted, kept until a message
-- carrying it could no longer pass the ±5-minute timestamp check.
create table replication_seen_message (
    source_region varchar(64) not null,
    session_id    varchar(32) not null,
    sequence      bigint      not null,
    keep_until    timestamptz not null,
    primary key (source_region, session_id, sequence)
);

create index replication_seen_message_expiry on replication_seen_message (keep_until);
