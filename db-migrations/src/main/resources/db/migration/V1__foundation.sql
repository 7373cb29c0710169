-- Foundation schema: keys, their encrypted material, tags, aliases, API credentials,
-- console users, the audit trail and the root-key check value.
-- No column ever holds plaintext key material or secrets: *_sealed columns hold AES-256-GCM
-- ciphertext under the region root key, password_hash holds a PBKDF2 hash.

create table root_key_check (
    id          smallint    primary key check (id = 1),
    check_value bytea       not null,
    created_at  timestamptz not null
);

create table kms_key (
    key_id                   varchar(64)   primary key,
    description              varchar(8192) not null default '',
    key_spec                 varchar(32)   not null,
    key_usage                varchar(32)   not null,
    origin                   varchar(32)   not null,
    key_state                varchar(32)   not null,
    key_manager              varchar(16)   not null,
    multi_region             boolean       not null default false,
    created_at               timestamptz   not null,
    deletion_date            timestamptz,
    current_material_version integer,
    row_version              bigint        not null default 0
);
create index kms_key_created_at on kms_key (created_at);
create index kms_key_state on kms_key (key_state);

create table key_material (
    key_id           varchar(64) not null references kms_key (key_id),
    material_version integer     not null,
    material_sealed  bytea       not null,
    created_at       timestamptz not null,
    primary key (key_id, material_version)
);

create table key_tag (
    key_id    varchar(64)  not null references kms_key (key_id),
    tag_key   varchar(128) not null,
    tag_value varchar(256) not null,
    primary key (key_id, tag_key)
);

create table key_alias (
    alias_name      varchar(256) primary key,
    key_id          varchar(64)  not null references kms_key (key_id),
    created_at      timestamptz  not null,
    last_updated_at timestamptz  not null
);
create index key_alias_key on key_alias (key_id);

create table api_credential (
    access_key_id varchar(128)  primary key,
    principal_arn varchar(2048) not null,
    secret_sealed bytea         not null,
    enabled       boolean       not null default true,
    created_at    timestamptz   not null
);

create table console_user (
    username      varchar(128)  primary key,
    principal_arn varchar(2048) not null,
    password_hash varchar(512)  not null,
    created_at    timestamptz   not null
);

create table audit_event (
    id             bigserial     primary key,
    event_time     timestamptz   not null,
    principal_arn  varchar(2048) not null,
    operation      varchar(128)  not null,
    key_id         varchar(2048),
    outcome        varchar(128)  not null,
    request_id     varchar(64)   not null,
    source_address varchar(256)  not null,
    channel        varchar(16)   not null
);
create index audit_event_time on audit_event (event_time);
create index audit_event_key on audit_event (key_id);
