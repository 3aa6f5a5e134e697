-- Documents and staff validation: the review checklist and registration code on the adhesion, uploaded
-- documents, certificates with their verification codes, the ledger's first entries, change-of-mandataire
-- requests, and the outbox of sent emails.

create sequence document_seq start with 1 increment by 50;
create sequence certificate_seq start with 1 increment by 50;
create sequence ledger_entry_seq start with 1 increment by 50;
create sequence mandataire_change_seq start with 1 increment by 50;
create sequence mail_message_seq start with 1 increment by 50;

-- The review checklist of SPEC.md step 8 and the registration code of step 8/9.
alter table adhesion add column payment_received boolean not null default false;
alter table adhesion add column payment_amount numeric(12, 2);
alter table adhesion add column payment_method varchar(30);
alter table adhesion add column payment_reference varchar(80);
alter table adhesion add column payment_date date;
alter table adhesion add column engagement_document_id bigint;
alter table adhesion add column engagement_received boolean not null default false;
alter table adhesion add column mandataire_change_form varchar(12) not null default 'NONE';
alter table adhesion add column registration_number integer;
alter table adhesion add column registration_code varchar(12);
alter table adhesion add column validated_at timestamp with time zone;
alter table adhesion add column validated_by varchar(60);
alter table adhesion add column reopen_reason varchar(2000);
alter table adhesion add column correction_requested_at timestamp with time zone;
create unique index uk_adhesion_registration on adhesion (department_id, school_year, registration_number);
create index ix_adhesion_queue on adhesion (department_id, status, submitted_at);

create table mandataire_change (
    id                   bigint                   not null primary key,
    cooperative_id       bigint                   not null references cooperative (id),
    department_id        bigint                   not null references department (id),
    status               varchar(12)              not null,
    new_mandataire_name  varchar(120)             not null,
    new_mandataire_email varchar(120)             not null,
    new_mandataire_phone varchar(30),
    new_co_signatories   varchar(500),
    created_at           timestamp with time zone not null,
    created_by           varchar(60),
    decided_at           timestamp with time zone,
    decided_by           varchar(60),
    refusal_reason       varchar(2000),
    version              integer                  not null default 0,
    constraint ck_mandataire_change_status check (status in ('PENDING', 'ACCEPTED', 'REFUSED'))
);
create index ix_mandataire_change_department on mandataire_change (department_id, status, created_at);
create index ix_mandataire_change_cooperative on mandataire_change (cooperative_id, created_at);

-- Uploaded files; the bytes live in the storage (file system or object storage) under storage_key.
create table document (
    id                   bigint                   not null primary key,
    cooperative_id       bigint                   not null references cooperative (id),
    department_id        bigint                   not null references department (id),
    adhesion_id          bigint references adhesion (id),
    mandataire_change_id bigint references mandataire_change (id),
    kind                 varchar(30)              not null,
    original_name        varchar(200)             not null,
    content_type         varchar(40)              not null,
    size_bytes           bigint                   not null,
    sha256               varchar(64)              not null,
    storage_key          varchar(120)             not null,
    uploaded_at          timestamp with time zone not null,
    uploaded_by          varchar(60),
    replaced_at          timestamp with time zone,
    constraint ck_document_kind check (kind in ('ENGAGEMENT', 'MANDATAIRE_CHANGE_FORM', 'ID_COPY', 'PROOF_OF_ADDRESS'))
);
create index ix_document_adhesion on document (adhesion_id, kind);
create index ix_document_change on document (mandataire_change_id);

create table certificate (
    id                bigint                   not null primary key,
    adhesion_id       bigint                   not null references adhesion (id),
    department_id     bigint                   not null references department (id),
    cooperative_id    bigint                   not null references cooperative (id),
    school_year       varchar(9)               not null,
    registration_code varchar(12)              not null,
    kind              varchar(12)              not null,
    verification_code varchar(20)              not null,
    issued_at         timestamp with time zone not null,
    revoked_at        timestamp with time zone,
    constraint uk_certificate_code unique (verification_code),
    constraint ck_certificate_kind check (kind in ('MEMBERSHIP', 'INSURANCE'))
);
create index ix_certificate_adhesion on certificate (adhesion_id, kind);

create table ledger_entry (
    id             bigint                   not null primary key,
    cooperative_id bigint                   not null references cooperative (id),
    school_year    varchar(9)               not null,
    entry_date     date                     not null,
    label          varchar(200)             not null,
    heading        varchar(80)              not null,
    amount_in      numeric(12, 2)           not null default 0,
    amount_out     numeric(12, 2)           not null default 0,
    payment_means  varchar(30),
    adhesion_id    bigint references adhesion (id),
    created_at     timestamp with time zone not null,
    version        integer                  not null default 0,
    constraint uk_ledger_entry_adhesion unique (adhesion_id)
);
create index ix_ledger_entry_cooperative on ledger_entry (cooperative_id, school_year, entry_date);

create table mail_message (
    id             bigint                   not null primary key,
    department_id  bigint references department (id),
    cooperative_id bigint references cooperative (id),
    kind           varchar(40)              not null,
    recipient      varchar(200)             not null,
    subject        varchar(300)             not null,
    body           varchar(10000)           not null,
    created_at     timestamp with time zone not null,
    sent_at        timestamp with time zone,
    error          varchar(500)
);
create index ix_mail_message_department on mail_message (department_id, created_at);
