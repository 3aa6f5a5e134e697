-- Bank statement import (issue 18): the lines of the statements a cooperative uploads (CSV, OFX, camt.053), each
-- matched to the ledger entry it shows (the entry is then ticked at the line's date). A line is known by its
-- fingerprint (date, amount, label, rank among identical lines of its file): importing a file again, or a statement
-- that overlaps the last one, adds no line twice.
create sequence bank_statement_import_seq start with 1 increment by 50;
create table bank_statement_import (
    id              bigint        not null primary key,
    cooperative_id  bigint        not null references cooperative (id),
    file_name       varchar(255)  not null,
    format          varchar(10)   not null,
    sha256          varchar(64)   not null,
    first_date      date          not null,
    last_date       date          not null,
    line_count      integer       not null,
    added_count     integer       not null,
    closing_balance numeric(12,2),
    closing_date    date,
    imported_by     varchar(100)  not null,
    imported_at     timestamp with time zone not null
);
create index ix_bank_statement_import_coop on bank_statement_import (cooperative_id, imported_at);

create sequence bank_line_seq start with 1 increment by 50;
create table bank_line (
    id             bigint        not null primary key,
    cooperative_id bigint        not null references cooperative (id),
    import_id      bigint        not null references bank_statement_import (id),
    booked_on      date          not null,
    label          varchar(300)  not null,
    amount         numeric(12,2) not null,
    cheque_number  varchar(20),
    fingerprint    varchar(64)   not null,
    entry_id       bigint        references ledger_entry (id) on delete set null,
    version        integer       not null default 0,
    constraint ux_bank_line_fingerprint unique (cooperative_id, fingerprint),
    constraint ux_bank_line_entry unique (entry_id)
);
create index ix_bank_line_day on bank_line (cooperative_id, booked_on);

-- "Asked once and remembered for that bank": the columns of a CSV whose header was not recognised, by header.
create sequence bank_csv_columns_seq start with 1 increment by 50;
create table bank_csv_columns (
    id               bigint       not null primary key,
    cooperative_id   bigint       not null references cooperative (id),
    header_signature varchar(64)  not null,
    date_column      varchar(100) not null,
    label_column     varchar(100) not null,
    amount_column    varchar(100),
    debit_column     varchar(100),
    credit_column    varchar(100),
    updated_at       timestamp with time zone not null,
    constraint ux_bank_csv_columns unique (cooperative_id, header_signature)
);
