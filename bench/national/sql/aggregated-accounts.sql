-- The plain SQL of GET /api/departments/113/annual-reports/accounts?year=2025-2026 (AggregatedAccountsService): the
-- reports' counts and balances, then their headings summed.
select coalesce(sum(case when r.status = 'VALIDATED' then 1 else 0 end), 0), coalesce(sum(case when r.status = 'SUBMITTED' then 1 else 0 end), 0),
       sum(case when r.status = 'VALIDATED' then r.opening_bank end), sum(case when r.status = 'VALIDATED' then r.opening_cash end),
       sum(case when r.status = 'VALIDATED' then r.income end), sum(case when r.status = 'VALIDATED' then r.charges end),
       sum(case when r.status = 'VALIDATED' then r.closing_bank end), sum(case when r.status = 'VALIDATED' then r.closing_cash end),
       (select count(*) from cooperative c where c.department_id = 1000013),
       coalesce(sum(case when r.status = 'DRAFT' then 1 else 0 end), 0), coalesce(sum(case when r.status = 'CORRECTION_REQUESTED' then 1 else 0 end), 0),
       coalesce(sum(case when r.late then 1 else 0 end), 0), count(*)
  from annual_report r where r.department_id = 1000013 and r.school_year = '2025-2026';
select h.heading_code, count(*), sum(h.amount) from annual_report r join annual_report_heading h on h.report_id = r.id
 where r.department_id = 1000013 and r.school_year = '2025-2026' and r.status = 'VALIDATED' group by h.heading_code;
