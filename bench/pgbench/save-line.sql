-- `make bench`: the database ceiling of a line save. One pgbench transaction = the SQL of ONE line-save request
-- of the server (POST, PUT or DELETE /api/adhesions/{id}/lines…), as Hibernate sends it (seen with
-- -Dquarkus.hibernate-orm.log.sql=true), with server-side prepared statements (run with -M prepared).
-- Like the Gatling scenario "line saves (max)", each client works on its own bench cooperative's adhesion and
-- cycles add / update / delete (3 saves a cycle, so the number of lines stays put).
--
-- Variables (pgbench -D): n=0 (a per-client counter, kept across transactions), year and prevyear (school years,
-- e.g. 2026-2027 and 2025-2026), first (client c works on cooperative 999-<first+c>). Those adhesions must be open
-- already: bench/run.sh runs this after the Gatling scenario that opened them, with the same logins.

-- Once per client: the ids the request carries (in its URL and its token).
\if :n = 0
\set coopno :first + :client_id
select a.id as aid, a.department_id as dep, a.cooperative_id as coop, u.id as uid, u.login as login
  from adhesion a join user_account u on u.cooperative_id = a.cooperative_id
 where a.cooperative_code = '999-' || :coopno::text and a.school_year = :year \gset
\set lid 0
\endif
\set phase :n % 3
\set n :n + 1
\if :phase = 0
\set lid 1000000000 + :client_id * 10000000 + :n
\endif

-- 1. The account behind the token (AccountLookup, plain JDBC, outside the request's transaction).
select login, role, department_id, cooperative_id, must_change_password, token_generation
  from user_account where id = :uid and enabled = true;

BEGIN;
-- 2. The adhesion by id with its lines and chosen subscriptions, in one query (its version is checked against If-Match).
select a1_0.id, a1_0.adults, a1_0.amount, a1_0.cooperative_code, a1_0.cooperative_id, a1_0.correction_message,
       a1_0.created_at, a1_0.department_id, a1_0.instrument_value, a1_0.insured, a1_0.late, a1_0.line_count,
       a1_0.payment_means, a1_0.priced_tariff_version, a1_0.property_value, a1_0.pupils, a1_0.school_year, a1_0.status,
       a1_0.submitted_amount, a1_0.submitted_at, a1_0.updated_at, a1_0.version, a1_0.voluntary_participation,
       l1_0.adhesion_id, l1_0.id, l1_0.adults, l1_0.class_name, l1_0.position, l1_0.pupils, l1_0.teacher_email,
       l1_0.teachers, l1_0.to_confirm, s1_0.subscription_id
  from adhesion a1_0 left join class_line l1_0 on a1_0.id = l1_0.adhesion_id
       left join adhesion_subscription s1_0 on a1_0.id = s1_0.adhesion_id
 where a1_0.id = :aid order by l1_0.position \aset a_
-- 3. The tariff's id and version (its priced terms are in the server's memory while the version stays).
select t1_0.id, t1_0.version from tariff t1_0 where t1_0.department_id = :dep and t1_0.school_year = :year;
-- 4. Last year's line count (the view answered carries it), read before anything changes.
select a1_0.line_count from adhesion a1_0 where a1_0.cooperative_id = :coop and a1_0.school_year = :prevyear;

\if :phase = 0
-- (Hibernate's pooled sequences: one call per 50 ids)
\if :n % 150 = 1
select nextval('class_line_seq');
\endif
-- 5a. Add: the new line, then the adhesion's totals, fee and version (optimistic check).
insert into class_line (adhesion_id, adults, class_name, position, pupils, teacher_email, teachers, to_confirm, id)
values (:aid, 1, 'CM-' || :n::text, 100 + :n, 24, 'bench@ac-demo.fr', 'BENCH MANDATAIRE', false, :lid);
update adhesion set adults = 6, amount = 245.60, cooperative_code = :a_cooperative_code, cooperative_id = :coop,
       correction_message = null, created_at = :a_created_at, department_id = :dep, instrument_value = 0.00,
       insured = false, late = false, line_count = 6, payment_means = null, priced_tariff_version = null,
       property_value = 0.00, pupils = 144, school_year = :year, status = 'DRAFT', submitted_amount = null,
       submitted_at = null, updated_at = now(), version = :a_version + 1, voluntary_participation = 0.00
 where id = :aid and version = :a_version;
\elif :phase = 1
-- 5b. Update: the adhesion, then the line.
update adhesion set adults = 7, amount = 252.79, cooperative_code = :a_cooperative_code, cooperative_id = :coop,
       correction_message = null, created_at = :a_created_at, department_id = :dep, instrument_value = 0.00,
       insured = false, late = false, line_count = 6, payment_means = null, priced_tariff_version = null,
       property_value = 0.00, pupils = 147, school_year = :year, status = 'DRAFT', submitted_amount = null,
       submitted_at = null, updated_at = now(), version = :a_version + 1, voluntary_participation = 0.00
 where id = :aid and version = :a_version;
update class_line set adhesion_id = :aid, adults = 2, class_name = 'CM-' || :n::text, position = 100 + :n, pupils = 27,
       teacher_email = 'bench@ac-demo.fr', teachers = 'BENCH MANDATAIRE - SECOND', to_confirm = false
 where id = :lid;
\else
-- 5c. Delete: the adhesion, then the line.
update adhesion set adults = 5, amount = 200.40, cooperative_code = :a_cooperative_code, cooperative_id = :coop,
       correction_message = null, created_at = :a_created_at, department_id = :dep, instrument_value = 0.00,
       insured = false, late = false, line_count = 5, payment_means = null, priced_tariff_version = null,
       property_value = 0.00, pupils = 120, school_year = :year, status = 'DRAFT', submitted_amount = null,
       submitted_at = null, updated_at = now(), version = :a_version + 1, voluntary_participation = 0.00
 where id = :aid and version = :a_version;
delete from class_line where id = :lid;
\endif

-- 6. The audit record of the change (one flush writes the line, the adhesion and this record).
\if :n % 50 = 1
select nextval('audit_record_seq');
\endif
insert into audit_record (action, actor_login, actor_role, after_json, before_json, cooperative_id, department_id,
                          entity_id, entity_type, occurred_at, id)
values ('CLASS_LINE_UPDATED', :login, 'MANDATAIRE',
        '{"id":' || :lid::text || ',"position":' || (100 + :n::int)::text || ',"className":"CM-' || :n::text || '","teachers":"BENCH MANDATAIRE - SECOND","teacherEmail":"bench@ac-demo.fr","adults":2,"pupils":27,"total":29,"toConfirm": false}',
        '{"id":' || :lid::text || ',"position":' || (100 + :n::int)::text || ',"className":"CM-' || :n::text || '","teachers":"BENCH MANDATAIRE","teacherEmail":"bench@ac-demo.fr","adults":1,"pupils":24,"total":25,"toConfirm": false}',
        :coop, :dep, :aid, 'ADHESION', now(), 1000000000 + :client_id * 10000000 + :n);
COMMIT;
