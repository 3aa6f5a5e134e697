-- `make bench`: the database ceiling of a line save. One pgbench transaction = the SQL of ONE line-save request
-- of the server (POST, PUT or DELETE /api/adhesions/{id}/lines…), as AdhesionSqlStore, AuditService and AccountLookup
-- send it (checked with PostgreSQL's log_statement=all), with server-side prepared statements (run with -M prepared).
-- Like the Gatling scenario "line saves (max)", each client works on its own bench cooperative's adhesion and
-- cycles add / update / delete (3 saves a cycle, so the number of lines stays put).
--
-- Variables (pgbench -D): n=0 (a per-client counter, kept across transactions), year (the school year,
-- e.g. 2026-2027), first (client c works on cooperative 999-<first+c>). Those adhesions must be open
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
-- 2. The adhesion with its tariff's id and version, last year's line count, its chosen subscriptions and its lines,
--    in one query (AdhesionSqlStore.load; the version is checked against If-Match).
select a.id, a.cooperative_id, a.cooperative_code, a.department_id, a.school_year, a.status, a.insured,
       a.property_value, a.instrument_value, a.voluntary_participation, a.payment_means, a.line_count, a.adults,
       a.pupils, a.amount, a.submitted_amount, a.priced_tariff_version, a.submitted_at, a.late, a.correction_message,
       a.correction_requested_at, a.payment_received, a.payment_amount, a.payment_method, a.payment_reference,
       a.payment_date, a.engagement_document_id, a.engagement_received, a.mandataire_change_form,
       a.registration_number, a.registration_code, a.validated_at, a.validated_by, a.reopen_reason, a.created_at,
       a.updated_at, a.version,
       t.id as tariff_id, t.version as tariff_version, p.line_count as previous_lines, s.ids,
       l.id as line_id, l.position, l.class_name, l.teachers, l.teacher_email, l.adults as line_adults,
       l.pupils as line_pupils, l.to_confirm
  from adhesion a
  left join tariff t on t.department_id = a.department_id and t.school_year = a.school_year
  left join adhesion p on p.cooperative_id = a.cooperative_id and p.school_year =
            cast(cast(substring(a.school_year, 1, 4) as integer) - 1 as varchar(4)) || '-' || substring(a.school_year, 1, 4)
  left join (select adhesion_id, array_agg(subscription_id) as ids from adhesion_subscription
              where adhesion_id = :aid group by adhesion_id) s on s.adhesion_id = a.id
  left join class_line l on l.adhesion_id = a.id
 where a.id = :aid
 order by l.position, l.id \aset a_

-- 3. The adhesion's totals, fee and version, with the optimistic check (it takes the row lock first).
update adhesion set line_count = 6, adults = 6 + :phase, pupils = 144 + :phase, amount = 245.60, updated_at = now(),
       version = :a_version + 1
 where id = :aid and version = :a_version;

-- 4. The line: add, update or delete (the cycle keeps the number of lines put).
\if :phase = 0
-- (the entity's pooled sequence: one call per 50 ids)
\if :n % 150 = 1
select nextval('class_line_seq');
\endif
insert into class_line (id, adhesion_id, position, class_name, teachers, teacher_email, adults, pupils, to_confirm)
values (:lid, :aid, 100 + :n, 'CM-' || :n::text, 'BENCH MANDATAIRE', 'bench@ac-demo.fr', 1, 24, false);
\elif :phase = 1
update class_line set class_name = 'CM-' || :n::text, teachers = 'BENCH MANDATAIRE - SECOND', teacher_email = 'bench@ac-demo.fr',
       adults = 2, pupils = 27, to_confirm = false
 where id = :lid and adhesion_id = :aid;
\else
delete from class_line where id = :lid and adhesion_id = :aid;
\endif

-- 5. The audit record of the change, sent at once. (In the JSON, ": false" keeps its space: pgbench would take
--    ":false" for a variable, even inside a string.)
\if :n % 50 = 1
select nextval('audit_record_seq');
\endif
insert into audit_record (id, occurred_at, actor_login, actor_role, action, entity_type, entity_id, department_id,
                          cooperative_id, before_json, after_json)
values (1000000000 + :client_id * 10000000 + :n, now(), :login, 'MANDATAIRE', 'CLASS_LINE_UPDATED', 'Adhesion', :aid::text,
        :dep, :coop,
        '{"id":' || :lid::text || ',"position":' || (100 + :n::int)::text || ',"className":"CM-' || :n::text || '","teachers":"BENCH MANDATAIRE","teacherEmail":"bench@ac-demo.fr","adults":1,"pupils":24,"total":25,"toConfirm": false}',
        '{"id":' || :lid::text || ',"position":' || (100 + :n::int)::text || ',"className":"CM-' || :n::text || '","teachers":"BENCH MANDATAIRE - SECOND","teacherEmail":"bench@ac-demo.fr","adults":2,"pupils":27,"total":29,"toConfirm": false}');
COMMIT;
