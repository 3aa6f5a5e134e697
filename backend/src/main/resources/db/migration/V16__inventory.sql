-- The inventory ("Cahier d'inventaire", issue 18): what the cooperative owns (bought on a date, for a value, optionally
-- the ledger entry that paid it), until it leaves the inventory. The value of what it holds is offered as the property
-- value of the next adhesion's insurance.
create sequence inventory_item_seq start with 1 increment by 50;
create table inventory_item (
    id             bigint        not null primary key,
    cooperative_id bigint        not null references cooperative (id),
    acquired_on    date          not null,
    label          varchar(200)  not null,
    item_value     numeric(12,2) not null,
    entry_id       bigint        references ledger_entry (id) on delete set null,
    disposed_on    date,
    updated_at     timestamp with time zone not null,
    version        integer       not null default 0
);
create index ix_inventory_item_coop on inventory_item (cooperative_id, acquired_on);
