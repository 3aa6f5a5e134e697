-- The financial report's subsidies table (seed 004, SPEC « the table goes with the financial report »): typed for a paper
-- ledger, or the subsidies kept with the books as they were at submission. Summed per funder type in the department's
-- aggregated accounts.
create table annual_report_subsidy (
    report_id       bigint         not null references annual_report (id) on delete cascade,
    position        integer        not null,
    funder_type     varchar(12)    not null,
    funder_name     varchar(150)   not null,
    purpose         varchar(300)   not null,
    amount_granted  numeric(12, 2) not null,
    amount_received numeric(12, 2) not null,
    primary key (report_id, position)
);
