-- The annual reports (issue 19): the financial report (CRF) of a cooperative's school year, filled from its ledger or
-- typed from a paper one, submitted to the department's staff, who validate it or send it back. Validation closes the
-- year: its closing balances are kept (ledger_closing), the year's ledger is locked, and the next year opens on them.
create sequence annual_report_seq start with 1 increment by 50;
create table annual_report (
    id                  bigint                   not null primary key,
    cooperative_id      bigint                   not null references cooperative (id),
    department_id       bigint                   not null references department (id),
    school_year         varchar(9)               not null,
    status              varchar(24)              not null,
    books               varchar(8)               not null,
    opening_bank        numeric(12, 2),
    opening_cash        numeric(12, 2),
    income              numeric(12, 2),
    charges             numeric(12, 2),
    statement_balance   numeric(12, 2),
    not_debited         numeric(12, 2),
    not_credited        numeric(12, 2),
    cash                numeric(12, 2),
    closing_bank        numeric(12, 2),
    closing_cash        numeric(12, 2),
    gap                 numeric(12, 2),
    submitted_at        timestamp with time zone,
    late                boolean                  not null default false,
    validated_at        timestamp with time zone,
    validated_by        varchar(80),
    correction_message  varchar(2000),
    reopen_reason       varchar(2000),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone,
    version             integer                  not null default 0,
    constraint uk_annual_report unique (cooperative_id, school_year)
);
create index ix_annual_report_department on annual_report (department_id, school_year, status);

-- The report's charges and income per heading: typed (paper books), or the ledger's totals kept at submission.
create table annual_report_heading (
    report_id    bigint         not null references annual_report (id) on delete cascade,
    heading_code varchar(10)    not null,
    amount       numeric(12, 2) not null,
    primary key (report_id, heading_code)
);

-- A closed year of a cooperative's books: its closing balances, which the next year opens on.
create table ledger_closing (
    cooperative_id bigint                   not null references cooperative (id),
    school_year    varchar(9)               not null,
    bank           numeric(12, 2)           not null,
    cash           numeric(12, 2)           not null,
    closed_at      timestamp with time zone not null,
    primary key (cooperative_id, school_year)
);
