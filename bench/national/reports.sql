-- The national dataset's annual reports of 2025-2026 (issue 19), loaded after generate.sql: one financial report per
-- cooperative (50,000), typed from a paper ledger with 8 headings each: 90 % validated, 5 % sent, 3 % being typed, 2 %
-- sent back; figures that depend on the cooperative, so that every department's sums differ.
-- Run with: psql -v ON_ERROR_STOP=1 -f reports.sql
\set ON_ERROR_STOP on
\timing on

begin;

insert into annual_report (id, cooperative_id, department_id, school_year, status, books, opening_bank, opening_cash, income,
                           charges, statement_balance, not_debited, not_credited, cash, closing_bank, closing_cash, gap,
                           submitted_at, late, validated_at, validated_by, created_at, updated_at, version, verifier_parent,
                           verifier_teacher, quitus_received, statement_received)
select 6000000 + c.g, 1000000 + c.g, 1000000 + c.d, '2025-2026',
       case when c.g % 100 < 90 then 'VALIDATED' when c.g % 100 < 95 then 'SUBMITTED' when c.g % 100 < 98 then 'DRAFT'
            else 'CORRECTION_REQUESTED' end,
       'PAPER', 1000 + (c.g * 7) % 4000, 20 + c.g % 80, f.income, f.charges,
       1000 + (c.g * 7) % 4000 + f.income - f.charges + 120, 120, 0, 20 + c.g % 80,
       case when c.g % 100 < 90 then 1000 + (c.g * 7) % 4000 + f.income - f.charges end,
       case when c.g % 100 < 90 then 20 + c.g % 80 end,
       case when c.g % 100 < 98 and c.g % 100 >= 95 then null else case when c.g % 17 = 0 then 12.50 else 0 end end,
       case when c.g % 100 < 95 or c.g % 100 >= 98 then timestamptz '2026-09-01 17:00:00+02' + (c.g % 45) * interval '1 day' end,
       c.g % 100 < 95 and c.g % 45 >= 30,
       case when c.g % 100 < 90 then timestamptz '2026-10-20 10:00:00+02' end,
       case when c.g % 100 < 90 then 'staff' || (100 + c.d) end,
       timestamptz '2026-09-01 09:00:00+02', timestamptz '2026-09-01 09:00:00+02', 0, 'Parent ' || c.g, 'Enseignant ' || c.g,
       c.g % 13 <> 0, c.g % 7 <> 0
  from (select g, case when g <= 3000 then 13 when (g - 3001) % 99 + 1 < 13 then (g - 3001) % 99 + 1 else (g - 3001) % 99 + 2 end as d
          from generate_series(1, 50000) g) c
 cross join lateral (select (4000 + (c.g * 53) % 30000) / 100.0 * 8 as income, (3000 + (c.g * 31) % 20000) / 100.0 * 8 as charges) f;

-- 8 headings a report: 4 of income, 4 of charges, whose sums are the report's income and charges (each a quarter)
insert into annual_report_heading (report_id, heading_code, amount)
select 6000000 + g, h.code,
       case when h.income then (4000 + (g * 53) % 30000) / 100.0 * 2 else (3000 + (g * 31) % 20000) / 100.0 * 2 end
  from generate_series(1, 50000) g
 cross join (values ('7068', true), ('708', true), ('744', true), ('7562', true),
                    ('6068', false), ('6251', false), ('6232', false), ('6586', false)) h(code, income);

select setval('annual_report_seq', (select max(id) from annual_report) + 1000);

commit;

analyze annual_report;
analyze annual_report_heading;

select (select count(*) from annual_report) as reports, (select count(*) from annual_report_heading) as headings,
       (select count(*) from annual_report r join department d on d.id = r.department_id
         where d.code = '113' and r.status = 'VALIDATED') as validated_113;
