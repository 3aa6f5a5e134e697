-- SEPA direct debit (issue 6): each cooperative's mandate, each department's creditor identity, and the
-- batches of debits already put in a pain.008 file (so that an adhesion is not debited twice).

create sequence sepa_batch_seq start with 1 increment by 50;
create sequence sepa_batch_item_seq start with 1 increment by 50;

-- The mandate a cooperative signed for its department (the creditor); one per cooperative.
create table sepa_mandate (
    cooperative_id bigint                   not null primary key references cooperative (id),
    department_id  bigint                   not null references department (id),
    iban           varchar(34)              not null,
    bic            varchar(11)              not null,
    reference      varchar(35)              not null,
    signature_date date                     not null,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(60),
    version        integer                  not null default 0
);
-- A mandate reference is unique per creditor (the department).
create unique index uk_sepa_mandate_reference on sepa_mandate (department_id, reference);

-- The department as creditor: its name, SEPA creditor identifier (ICS) and account.
create table sepa_creditor (
    department_id bigint                   not null primary key references department (id),
    name          varchar(70)              not null,
    identifier    varchar(35)              not null,
    iban          varchar(34)              not null,
    bic           varchar(11)              not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(60),
    version       integer                  not null default 0
);

-- A file of debits that staff generated; its items are kept as sent, so that the file can be downloaded again
-- byte for byte even if a mandate changes later.
create table sepa_batch (
    id              bigint                   not null primary key,
    department_id   bigint                   not null references department (id),
    school_year     varchar(9)               not null,
    means           varchar(60)              not null,
    message_id      varchar(35)              not null,
    collection_date date                     not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(60),
    tx_count        integer                  not null,
    control_sum     numeric(12, 2)           not null,
    creditor_name   varchar(70)              not null,
    creditor_identifier varchar(35)          not null,
    creditor_iban   varchar(34)              not null,
    creditor_bic    varchar(11)              not null
);
create unique index uk_sepa_batch_message on sepa_batch (message_id);
create index ix_sepa_batch_department on sepa_batch (department_id, created_at);

create table sepa_batch_item (
    id                bigint         not null primary key,
    batch_id          bigint         not null references sepa_batch (id),
    adhesion_id       bigint         not null references adhesion (id),
    cooperative_id    bigint         not null references cooperative (id),
    cooperative_code  varchar(8)     not null,
    debtor_name       varchar(140)   not null,
    iban              varchar(34)    not null,
    bic               varchar(11)    not null,
    mandate_reference varchar(35)    not null,
    signature_date    date           not null,
    sequence_type     varchar(4)     not null,
    end_to_end_id     varchar(35)    not null,
    amount            numeric(12, 2) not null,
    constraint ck_sepa_batch_item_seq check (sequence_type in ('FRST', 'RCUR', 'OOFF', 'FNAL'))
);
create index ix_sepa_batch_item_batch on sepa_batch_item (batch_id, id);
create index ix_sepa_batch_item_adhesion on sepa_batch_item (adhesion_id);
create index ix_sepa_batch_item_mandate on sepa_batch_item (mandate_reference, iban);
