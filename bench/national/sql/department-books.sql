-- The plain SQL of GET /api/departments/113/books/2025-2026 (DepartmentBooksService): the totals per heading each
-- write keeps (ledger_heading_total) summed over the department's cooperatives, then the cooperatives and those with books.
select t.heading_code, sum(t.entries), sum(t.amount) from ledger_heading_total t
  join cooperative c on c.id = t.cooperative_id
 where c.department_id = 1000013 and t.school_year = '2025-2026' group by t.heading_code;
select count(*), count(case when exists (select 1 from ledger_heading_total t
                                          where t.cooperative_id = c.id and t.school_year = '2025-2026') then 1 end)
  from cooperative c where c.department_id = 1000013;
