-- External key stores (XKS): a custom key store points at an XKS proxy.
-- secret_sealed: the proxy authentication secret sealed under the root key (AAD = kind + store id);
--   it is never returned by any interface.
-- credential_updated_at: when the credential was set or last rotated (XksProxyCredentialAge).
-- last_health_*: the last GetHealthStatus answer (JSON as received, minus nothing secret) and when.
create table custom_key_store (
    custom_key_store_id        varchar(24)  primary key,
    custom_key_store_name      varchar(256) not null unique,
    custom_key_store_type      varchar(32)  not null,
    xks_proxy_uri_endpoint     varchar(128) not null,
    xks_proxy_uri_path         varchar(128) not null,
    xks_proxy_connectivity     varchar(32)  not null,
    xks_vpc_endpoint_service_name  varchar(64),
    xks_vpc_endpoint_service_owner varchar(12),
    xks_access_key_id          varchar(30)  not null,
    xks_secret_sealed          bytea        not null,
    credential_updated_at      timestamptz  not null,
    connection_state           varchar(16)  not null,
    connection_error_code      varchar(64),
    connection_changed_at      timestamptz  not null,
    last_health_report         text,
    last_health_at             timestamptz,
    created_at                 timestamptz  not null,
    row_version                bigint       not null default 0,
    constraint custom_key_store_proxy_uri unique (xks_proxy_uri_endpoint, xks_proxy_uri_path)
);

-- Keys in an external key store: the store and the external key's id in the proxy.
alter table kms_key
    add column custom_key_store_id varchar(24) references custom_key_store (custom_key_store_id),
    add column xks_key_id          varchar(128);

-- An external key is used by at most one KMS key per store (XksKeyAlreadyInUseException).
create unique index kms_key_xks_key on kms_key (custom_key_store_id, xks_key_id)
    where custom_key_store_id is not null;
create index kms_key_custom_key_store on kms_key (custom_key_store_id) where custom_key_store_id is not null;
