-- The cash count ("arrêté de caisse", issue 18): the number of each note and coin on a day, kept by date (one a day).
-- The quantities are the fifteen denominations from 500 € down to 0,01 €, in that order, comma-separated: a count is
-- read and written whole, never queried per denomination. Its total is stored; the ledger's cash balance at that date
-- is computed when read (entries may be corrected after the count).
create sequence cash_count_seq start with 1 increment by 50;
create table cash_count (
    id             bigint        not null primary key,
    cooperative_id bigint        not null references cooperative (id),
    school_year    varchar(9)    not null,
    counted_on     date          not null,
    quantities     varchar(200)  not null,
    total          numeric(12,2) not null,
    counted_by     varchar(100)  not null,
    updated_at     timestamp with time zone not null,
    version        integer       not null default 0,
    constraint ux_cash_count_day unique (cooperative_id, counted_on)
);
create index ix_cash_count_year on cash_count (cooperative_id, school_year, counted_on);
