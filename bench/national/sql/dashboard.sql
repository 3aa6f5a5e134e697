-- The dashboard of one department and year in plain SQL (the ceiling of GET /api/departments/{code}/dashboard):
-- cooperatives per status (those without an adhesion are "not started"), late ones, members, amounts expected and
-- received, and submissions per day.
select coalesce(a.status, 'NOT_STARTED') as status, count(*) as cooperatives, count(*) filter (where a.late) as late,
       coalesce(sum(a.adults), 0) as adults, coalesce(sum(a.pupils), 0) as pupils,
       coalesce(sum(a.submitted_amount), 0) as expected, coalesce(sum(a.payment_amount) filter (where a.payment_received), 0) as received
from cooperative c
join department d on d.id = c.department_id
left join adhesion a on a.cooperative_id = c.id and a.school_year = '2026-2027'
where d.code = '113'
group by coalesce(a.status, 'NOT_STARTED');
select cast(a.submitted_at at time zone 'Europe/Paris' as date) as day, count(*) as submitted
from adhesion a join department d on d.id = a.department_id
where d.code = '113' and a.school_year = '2026-2027' and a.submitted_at is not null
group by 1 order by 1;
