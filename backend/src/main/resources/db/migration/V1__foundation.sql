-- Foundation: departments, cooperatives, accounts, login throttling, audit trail.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.

create sequence department_seq start with 1 increment by 1;
create sequence cooperative_seq start with 1 increment by 50;
create sequence user_account_seq start with 1 increment by 50;
create sequence audit_record_seq start with 1 increment by 50;

create table department (
    id           bigint       not null primary key,
    code         varchar(3)   not null,
    name         varchar(120) not null,
    address_line varchar(200),
    postal_code  varchar(10),
    city         varchar(80),
    email        varchar(120),
    phone        varchar(40),
    website      varchar(200),
    version      integer      not null default 0,
    constraint uk_department_code unique (code)
);

create table cooperative (
    id               bigint       not null primary key,
    department_id    bigint       not null references department (id),
    department_code  varchar(3)   not null,
    number           varchar(4)   not null,
    school_name      varchar(150) not null,
    school_type      varchar(60),
    address_line     varchar(200),
    postal_code      varchar(10),
    city             varchar(80)  not null,
    uai              varchar(8),
    school_email     varchar(120),
    school_phone     varchar(30),
    mandataire_name  varchar(120),
    mandataire_email varchar(120),
    mandataire_phone varchar(30),
    co_signatories   varchar(500),
    bank_name        varchar(120),
    bank_account     varchar(60),
    version          integer      not null default 0,
    constraint uk_cooperative_number unique (department_id, number)
);
create index ix_cooperative_department_code on cooperative (department_code, number);

create table user_account (
    id                   bigint       not null primary key,
    login                varchar(60)  not null,
    role                 varchar(20)  not null,
    display_name         varchar(120) not null,
    department_id        bigint references department (id),
    cooperative_id       bigint references cooperative (id),
    password_hash        varchar(100),
    must_change_password boolean      not null default false,
    token_generation     integer      not null default 0,
    password_changed_at  timestamp with time zone,
    last_login_at        timestamp with time zone,
    enabled              boolean      not null default true,
    version              integer      not null default 0,
    constraint uk_user_account_login unique (login),
    constraint ck_user_account_role check (role in ('MANDATAIRE', 'STAFF', 'ADMIN', 'INTEGRATOR'))
);
create index ix_user_account_cooperative on user_account (cooperative_id);

create table login_throttle (
    throttle_key varchar(200)             not null primary key,
    failures     integer                  not null,
    window_start timestamp with time zone not null,
    locked_until timestamp with time zone
);

create table audit_record (
    id             bigint                   not null primary key,
    occurred_at    timestamp with time zone not null,
    actor_login    varchar(60),
    actor_role     varchar(20),
    action         varchar(60)              not null,
    entity_type    varchar(40)              not null,
    entity_id      varchar(40),
    department_id  bigint,
    cooperative_id bigint,
    before_json    varchar(20000),
    after_json     varchar(20000)
);
create index ix_audit_record_cooperative on audit_record (cooperative_id, occurred_at);
create index ix_audit_record_department on audit_record (department_id, occurred_at);
