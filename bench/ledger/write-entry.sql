-- bench/ledger: the database ceiling of writing an entry. One pgbench transaction = the SQL of ONE request
-- POST /api/cooperatives/{id}/ledger-entries (an income in cash, one heading), as LedgerService sends it through
-- LedgerEntrySqlStore (checked against PostgreSQL's statement log, log_statement=all) with the account lookup and the
-- audit record of bench/pgbench/save-line.sql. Run with -M prepared; client c writes into cooperative 999-<first+c>.
-- Variables (pgbench -D): n=0 (a per-client counter), year (the school year), first.

\if :n = 0
\set coopno :first + :client_id
select c.id as coop, c.department_id as dep, u.id as uid, u.login as login
  from cooperative c join user_account u on u.cooperative_id = c.id
 where c.department_code = '999' and c.number = :coopno::text \gset
insert into ledger_heading_total (cooperative_id, school_year, heading_code, amount, entries)
values (:coop, :year::text, '7068', 0, 0) on conflict do nothing;
\endif
\set n :n + 1
\set eid 4000000000 + :client_id * 10000000 + :n

-- 1. The account behind the token (AccountLookup, plain JDBC, outside the request's transaction).
select login, role, department_id, cooperative_id, must_change_password, token_generation
  from user_account where id = :uid and enabled = true;

BEGIN;
-- 2. The cooperative's row locked while the entry is numbered (LedgerEntrySqlStore.lock; the mandataire's own
--    cooperative needs no read for the access check), then, under that lock, the year's state: closed or not, its
--    last voucher number, and the stamp of the department's chart rows.
select department_id from cooperative where id = :coop for update;
select (select count(*) from ledger_closing k where k.cooperative_id = :coop and k.school_year = :year::text),
       (select coalesce(max(e.voucher_number), 0) from ledger_entry e where e.cooperative_id = :coop and e.school_year = :year::text),
       h.n, h.v, h.m
  from (select count(*) as n, coalesce(sum(version), 0) as v, coalesce(max(id), 0) as m from ledger_heading
         where department_id is null or department_id = :dep) h;
-- 3. The chart of the year: read again only when that stamp changed (LedgerService.writingChart), so not here.
-- 4. The entry, its part and its heading's total (LedgerEntrySqlStore.insert; the entities' pooled sequences: one call per 50 ids).
\if :n % 50 = 1
select nextval('ledger_entry_seq');
select nextval('ledger_entry_part_seq');
\endif
insert into ledger_entry (action_id, adhesion_id, amount_in, amount_out, cheque_number, class_line_id, cleared_on, cooperative_id,
                          created_at, entry_date, kind, label, payment_means, school_year, treasury, updated_at, version,
                          voucher_number, id)
values (null, null, 10.00, 0.00, null, null, null, :coop, now(), cast(substring(:year::text, 1, 4) || '-10-02' as date), 'INCOME',
        'Bench ' || :n::text, 'CASH', :year::text, 'CASH', null, 0, 900000 + :n, :eid);
insert into ledger_entry_part (amount, entry_id, heading_code, position, id) values (10.00, :eid, '7068', 0, :eid);
-- the year's total of the heading, kept by the write (an update, an insert the first time)
update ledger_heading_total set amount = amount + 10.00, entries = entries + 1
 where cooperative_id = :coop and school_year = :year::text and heading_code = '7068';
-- 5. The audit record.
\if :n % 50 = 1
select nextval('audit_record_seq');
\endif
insert into audit_record (id, occurred_at, actor_login, actor_role, action, entity_type, entity_id, department_id,
                          cooperative_id, before_json, after_json)
values (:eid, now(), :login, 'MANDATAIRE', 'LEDGER_ENTRY_CREATED', 'LedgerEntry', :eid::text, :dep, :coop, null,
        '{"id":' || :eid::text || ',"schoolYear":"' || :year::text || '","label":"Bench ' || :n::text || '","kind":"INCOME","treasury":"CASH","amountIn":10.00,"amountOut":0.00,"paymentMeans":"CASH","voucherNumber":' || (900000 + :n)::text || ',"parts":[{"heading":"7068","label":"Participation des familles aux sorties et activités","amount":10.00}],"version":0}');
COMMIT;
