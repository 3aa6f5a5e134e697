-- API tokens of the integrators (issue 6): read-only, scoped to one department. Only the SHA-256 of the
-- secret is kept (the secret is shown once, at creation); the first characters identify it in lists.

create sequence api_token_seq start with 1 increment by 50;

create table api_token (
    id            bigint                   not null primary key,
    department_id bigint                   not null references department (id),
    name          varchar(80)              not null,
    token_hash    varchar(64)              not null,
    token_prefix  varchar(12)              not null,
    created_by    varchar(60)              not null,
    created_at    timestamp with time zone not null,
    last_used_at  timestamp with time zone,
    revoked_at    timestamp with time zone,
    revoked_by    varchar(60),
    version       integer                  not null default 0,
    constraint uk_api_token_hash unique (token_hash)
);
create index ix_api_token_department on api_token (department_id, created_at);
