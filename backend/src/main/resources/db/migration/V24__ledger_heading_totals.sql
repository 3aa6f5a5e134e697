-- Each cooperative's year's total per heading, kept up to date by every entry written, changed or deleted (in the
-- same transaction, the cooperative's row locked): a department's books of a year sum 3,000 cooperatives' dozen rows
-- instead of their 450,000 entries (issue 18's speed target). LedgerHeadingTotalsTest holds them equal to the parts.
create table ledger_heading_total (
    cooperative_id bigint         not null references cooperative (id),
    school_year    varchar(9)     not null,
    heading_code   varchar(10)    not null,
    amount         numeric(14, 2) not null,
    entries        integer        not null,
    primary key (cooperative_id, school_year, heading_code)
);

insert into ledger_heading_total (cooperative_id, school_year, heading_code, amount, entries)
select e.cooperative_id, e.school_year, p.heading_code, sum(p.amount), count(*)
  from ledger_entry_part p join ledger_entry e on e.id = p.entry_id
 group by e.cooperative_id, e.school_year, p.heading_code;
