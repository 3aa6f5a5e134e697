-- A filtered page of the cooperative list in plain SQL (the ceiling of GET /api/cooperatives with filters): the
-- department's submitted adhesions of the year, sorted by number, third page of 20, and the total.
select c.id, c.number, c.school_name, c.city, c.uai, a.status, a.submitted_amount, a.late
from cooperative c
join adhesion a on a.cooperative_id = c.id and a.school_year = '2026-2027'
where c.department_code = '113' and a.status = 'SUBMITTED'
order by c.number limit 20 offset 40;
select count(*) from cooperative c join adhesion a on a.cooperative_id = c.id and a.school_year = '2026-2027'
where c.department_code = '113' and a.status = 'SUBMITTED';
