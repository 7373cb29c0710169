-- Key rotation: the automatic-rotation schedule of a key (one row while automatic rotation is
-- enabled) and one row per completed rotation. A rotation's key material is a new key_material
-- version; nothing in these tables is secret.
-- Both reference kms_key only (never key_material) and go with the key row when the deletion
-- sweeper removes it: the audit trail, not these tables, keeps the history of a deleted key.

create table key_rotation_schedule (
    key_id               varchar(64) primary key references kms_key (key_id) on delete cascade,
    rotation_period_days integer     not null check (rotation_period_days between 90 and 2560),
    next_rotation_date   timestamptz not null
);
-- The sweeper looks for keys whose next_rotation_date has passed.
create index key_rotation_schedule_due on key_rotation_schedule (next_rotation_date, key_id);

create table key_rotation (
    key_id           varchar(64) not null references kms_key (key_id) on delete cascade,
    material_version integer     not null,
    rotation_date    timestamptz not null,
    rotation_type    varchar(16) not null check (rotation_type in ('AUTOMATIC', 'ON_DEMAND')),
    primary key (key_id, material_version)
);
