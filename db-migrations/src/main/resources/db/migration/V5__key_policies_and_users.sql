-- Key policies and IAM-style users with identity policies.
-- A key whose policy is null has the default key policy of its account (the account root may do
-- kms:*), which is what every key created before this migration had implicitly.

alter table kms_key add column policy text;

create table iam_user (
    user_name     varchar(64)   primary key,
    principal_arn varchar(2048) not null unique,
    created_at    timestamptz   not null
);

create table identity_policy (
    principal_arn varchar(2048) not null references iam_user (principal_arn),
    policy_name   varchar(128)  not null,
    document      text          not null,
    updated_at    timestamptz   not null,
    primary key (principal_arn, policy_name)
);
