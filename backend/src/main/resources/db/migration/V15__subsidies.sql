-- Subsidies ("Les subventions", issue 18): one row per subsidy granted to the cooperative (who grants it, for what, how
-- much, when it was decided), linked to the ledger's income entries that received it: received and still expected are
-- computed when read. An entry receives one subsidy at most.
create sequence subsidy_seq start with 1 increment by 50;
create table subsidy (
    id             bigint        not null primary key,
    cooperative_id bigint        not null references cooperative (id),
    school_year    varchar(9)    not null,
    funder_type    varchar(20)   not null,
    funder_name    varchar(150)  not null,
    purpose        varchar(300)  not null,
    amount_granted numeric(12,2) not null,
    decided_on     date          not null,
    updated_at     timestamp with time zone not null,
    version        integer       not null default 0
);
create index ix_subsidy_year on subsidy (cooperative_id, school_year);

create table subsidy_entry (
    subsidy_id bigint not null references subsidy (id) on delete cascade,
    entry_id   bigint not null references ledger_entry (id) on delete cascade,
    primary key (subsidy_id, entry_id),
    constraint ux_subsidy_entry unique (entry_id)
);
