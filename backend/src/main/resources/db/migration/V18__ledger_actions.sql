-- Pedagogical actions ("Actions péda.", issue 18): the projects of a cooperative's year (a trip, a show, a garden);
-- an entry may belong to one, and each action's income, charges and result are computed from its entries.
create sequence ledger_action_seq start with 1 increment by 50;
create table ledger_action (
    id             bigint       not null primary key,
    cooperative_id bigint       not null references cooperative (id),
    school_year    varchar(9)   not null,
    name           varchar(120) not null,
    version        integer      not null default 0,
    constraint ux_ledger_action_name unique (cooperative_id, school_year, name)
);
alter table ledger_entry add column action_id bigint references ledger_action (id) on delete set null;
create index ix_ledger_entry_action on ledger_entry (action_id);
