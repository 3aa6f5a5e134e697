-- The national-scale dataset of `make bench` (issue #6), for PostgreSQL, loaded into a database the server has
-- already migrated (Flyway): 100 departments (codes 101…200, apart from the demo's), 50,000 cooperatives, one
-- mandataire account each (on its initial password: no hash), a tariff per department and school year, and three
-- school years of adhesions with 4 class lines each (about 4.5 million members a year).
--
-- The largest department, 113, has 3,000 cooperatives of 108 members (about 300,000 members); the 99 others share
-- 47,000 cooperatives of 100 members. In the current year (2026-2027): 8 % have not started, 10 % are drafts,
-- 12 % submitted, 3 % sent back for correction, 67 % validated; the two earlier years are validated but for the
-- 3 % that did not renew. Submissions are spread over September (a few after the deadline, flagged late).
--
-- Identifiers start at 1,000,000 so that they never meet the ones the server allocates; the sequences are moved
-- past them at the end. Run with: psql -v ON_ERROR_STOP=1 -f generate.sql
\set ON_ERROR_STOP on
\timing on

begin;

insert into department (id, code, name, address_line, postal_code, city, email, phone, version)
select 1000000 + d, (100 + d)::text, 'OCCE ' || (100 + d), d || ' avenue des Écoles', lpad((100 + d)::text, 3, '0') || '00',
       'VILLE ' || (100 + d), 'ad' || (100 + d) || '@occe.coop', '01 00 00 00 ' || lpad((d % 100)::text, 2, '0'), 0
from generate_series(1, 100) d;

-- cooperative g (1…50,000): g ≤ 3,000 in department 113 (d = 13), the others spread over the 99 other departments
create temporary table gen_coop as
select g,
       case when g <= 3000 then 13 when (g - 3001) % 99 + 1 < 13 then (g - 3001) % 99 + 1 else (g - 3001) % 99 + 2 end as d,
       case when g <= 3000 then g else ((g - 3001) / 99) + 1 end as num,
       case when g <= 3000 then 27 else 25 end as per_line,
       case when g <= 3000 then 2 else 1 end as adults_n
from generate_series(1, 50000) g;

insert into cooperative (id, department_id, department_code, number, school_name, school_type, address_line, postal_code,
                         city, uai, school_email, mandataire_name, mandataire_email, version)
select 1000000 + g, 1000000 + d, (100 + d)::text, lpad(num::text, 4, '0'),
       case g % 3 when 0 then 'École élémentaire ' when 1 then 'École maternelle ' else 'École primaire ' end || 'n° ' || num,
       case g % 3 when 0 then 'École élémentaire publique' when 1 then 'École maternelle publique' else 'École primaire publique' end,
       num || ' rue de l''École', (100 + d) || '00', 'VILLE ' || (100 + d) || '-' || (num % 40),
       lpad(((100 + d) * 10000 + num)::text, 7, '0') || chr(65 + (g % 23)),
       'ce.' || g || '@ac-bench.fr', 'Mandataire ' || g, 'mandataire' || g || '@example.org', 0
from gen_coop;

insert into user_account (id, login, role, display_name, department_id, cooperative_id, password_hash,
                          must_change_password, token_generation, enabled, version)
select 1000000 + g, (100 + d) || '-' || lpad(num::text, 4, '0'), 'MANDATAIRE', 'Mandataire ' || g, 1000000 + d, 1000000 + g,
       null, true, 0, true, 0
from gen_coop;

-- tariffs: year y = 0 (2024-2025), 1 (2025-2026), 2 (2026-2027)
insert into tariff (id, department_id, school_year, cooperative_fee, membership_mode, membership_rate, insurance_mandatory,
                    insurance_mode, insurance_rate, property_threshold, property_rate, instrument_threshold, instrument_rate,
                    opens_on, deadline, payment_means, version)
select 1000000 + d * 10 + y, 1000000 + d, (2024 + y) || '-' || (2025 + y), 5.00, 'PER_MEMBER', 1.2000 + y * 0.05, false,
       'PER_MEMBER', 0.3500, 10000.00, 0.0100, 5000.00, 0.0200,
       make_date(2024 + y, 9, 1), make_date(2024 + y, 9, 30),
       'CHEQUE,DIRECT_DEBIT_DECEMBER,DIRECT_DEBIT_NOW,OTHER_PAYER,TRANSFER', 0
from generate_series(1, 100) d, generate_series(0, 2) y;

-- adhesions: one per cooperative and year, but for those that have not started (current year) or not renewed
create temporary table gen_adhesion as
select c.g, c.d, c.num, c.per_line, c.adults_n, y,
       3000000 + y * 100000 + c.g as id,
       case when y < 2 then 'VALIDATED'
            when c.g % 100 < 10 then 'DRAFT'
            when c.g % 100 < 22 then 'SUBMITTED'
            when c.g % 100 < 25 then 'CORRECTION_REQUESTED'
            else 'VALIDATED' end as status,
       (c.g % 10) <> 0 as insured,
       (array['CHEQUE', 'TRANSFER', 'DIRECT_DEBIT_DECEMBER', 'DIRECT_DEBIT_NOW', 'OTHER_PAYER'])[(c.g % 5) + 1] as means,
       -- submitted over September, 1 in 20 after the deadline (October)
       make_timestamptz(2024 + y, 9, 1, 17, 0, 0, 'Europe/Paris') + ((c.g * 7) % 30) * interval '1 day'
           + ((c.g * 13) % 300) * interval '1 minute' + case when c.g % 20 = 19 then interval '32 days' else interval '0' end as submitted_at
from gen_coop c, generate_series(0, 2) y
where not (y = 2 and c.g % 100 >= 92) and not (y < 2 and c.g % 100 = 91);

insert into adhesion (id, cooperative_id, cooperative_code, department_id, school_year, status, insured, payment_means,
                      line_count, adults, pupils, amount, submitted_amount, priced_tariff_version, submitted_at, late,
                      created_at, updated_at, version, payment_received, payment_amount, payment_method, payment_date,
                      engagement_received, registration_number, registration_code, validated_at, validated_by)
select a.id, 1000000 + a.g, (100 + a.d) || '-' || lpad(a.num::text, 4, '0'), 1000000 + a.d, (2024 + a.y) || '-' || (2025 + a.y),
       a.status, a.insured, a.means,
       4, a.adults_n, 4 * a.per_line - a.adults_n,
       m.amount,
       case when a.status = 'DRAFT' then null else m.amount end,
       case when a.status = 'DRAFT' then null else 0 end,
       case when a.status = 'DRAFT' then null else a.submitted_at end,
       a.status <> 'DRAFT' and a.g % 20 = 19,
       a.submitted_at - interval '2 days', a.submitted_at, 0,
       a.status = 'VALIDATED', case when a.status = 'VALIDATED' then m.amount end,
       case when a.status = 'VALIDATED' then a.means end,
       case when a.status = 'VALIDATED' then (a.submitted_at + interval '5 days')::date end,
       a.status = 'VALIDATED',
       case when a.status = 'VALIDATED' then r.rn end,
       case when a.status = 'VALIDATED'
            then right((2024 + a.y)::text, 2) || '/' || lpad(r.rn::text, 4, '0') || case when a.insured then ' A' else ' S' end end,
       case when a.status = 'VALIDATED' then a.submitted_at + interval '5 days' end,
       case when a.status = 'VALIDATED' then 'staff' || (100 + a.d) end
from gen_adhesion a
cross join lateral (select round(5.00 + 4 * a.per_line * (1.2000 + a.y * 0.05) + case when a.insured then 4 * a.per_line * 0.35 else 0 end, 2) as amount) m
join (select id, row_number() over (partition by d, y order by submitted_at, g) as rn from gen_adhesion where status = 'VALIDATED') r
  on r.id = a.id
union all
select a.id, 1000000 + a.g, (100 + a.d) || '-' || lpad(a.num::text, 4, '0'), 1000000 + a.d, (2024 + a.y) || '-' || (2025 + a.y),
       a.status, a.insured, a.means, 4, a.adults_n,
       4 * a.per_line - a.adults_n, m.amount,
       case when a.status = 'DRAFT' then null else m.amount end,
       case when a.status = 'DRAFT' then null else 0 end,
       case when a.status = 'DRAFT' then null else a.submitted_at end,
       a.status <> 'DRAFT' and a.g % 20 = 19,
       a.submitted_at - interval '2 days', a.submitted_at, 0,
       false, null, null, null, false, null, null, null, null
from gen_adhesion a
cross join lateral (select round(5.00 + 4 * a.per_line * (1.2000 + a.y * 0.05) + case when a.insured then 4 * a.per_line * 0.35 else 0 end, 2) as amount) m
where a.status <> 'VALIDATED';

-- 4 class lines per adhesion: adults on the first lines, the rest pupils
insert into class_line (id, adhesion_id, position, class_name, teachers, teacher_email, adults, pupils, to_confirm)
select a.id * 4 + k, a.id, k, (array['CP', 'CE1', 'CE2', 'CM1-CM2'])[k + 1], 'Enseignant ' || a.g || '-' || k,
       'ens' || a.g || '-' || k || '@example.org',
       case when k < a.adults_n then 1 else 0 end,
       a.per_line - case when k < a.adults_n then 1 else 0 end,
       false
from gen_adhesion a, generate_series(0, 3) k;

select setval('department_seq', (select max(id) from department) + 1);
select setval('cooperative_seq', (select max(id) from cooperative) + 1000);
select setval('user_account_seq', (select max(id) from user_account) + 1000);
select setval('tariff_seq', (select max(id) from tariff) + 1000);
select setval('adhesion_seq', (select max(id) from adhesion) + 1000);
select setval('class_line_seq', (select max(id) from class_line) + 1000);

commit;

analyze;

select (select count(*) from department) as departments, (select count(*) from cooperative) as cooperatives,
       (select count(*) from adhesion) as adhesions, (select count(*) from class_line) as class_lines,
       (select sum(adults + pupils) from adhesion where school_year = '2026-2027') as members_2026,
       (select sum(adults + pupils) from adhesion a join department d on d.id = a.department_id
         where d.code = '113' and a.school_year = '2026-2027') as members_113;
