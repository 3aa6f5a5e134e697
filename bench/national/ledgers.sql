-- The national dataset's books (issue 18), loaded after generate.sql: every cooperative (50,000) kept its ledger of the
-- school year 2025-2026 with us, 150 entries each (7.5 million entries, 8.2 million parts), written straight into the
-- tables the way the server writes them, with the year's opening balances.
--
-- Entry k (1…150) of cooperative g: dated 1 September + (2k + g mod 7) days (so in voucher order, within the year);
-- every 25th a transfer from the cash box to the bank (no parts); of the others, 4 in 10 incomes (7068, 708, 744,
-- 7562…), 6 in 10 charges (6068, 6251, 6232…); incomes paid in cash one time in three, the rest through the bank;
-- charges by cheque (numbered), card or transfer. Every tenth entry is split over two headings. Bank entries are
-- ticked, but for those of the last month. Amounts depend on g and k, so that every department's totals differ.
-- Run with: psql -v ON_ERROR_STOP=1 -f ledgers.sql
\set ON_ERROR_STOP on
\timing on

begin;

create temporary table gen_entry as
select 5000000000 + g * 1000 + k as id, 1000000 + g as coop, g, k,
       case when k % 25 = 0 then 'TRANSFER' when k % 10 < 4 then 'INCOME' else 'CHARGE' end as kind,
       make_date(2025, 9, 1) + (2 * k + g % 7) as day,
       -- cents: incomes of 5 to 305 €, charges of 2 to 152 €, transfers of 50 to 250 €
       case when k % 25 = 0 then 5000 + (g * 37 + k * 101) % 20000
            when k % 10 < 4 then 500 + (g * 53 + k * 97) % 30000
            else 200 + (g * 31 + k * 89) % 15000 end as cents
from generate_series(1, 50000) g, generate_series(1, 150) k;

insert into ledger_entry (id, cooperative_id, school_year, entry_date, voucher_number, label, kind, treasury, amount_in,
                          amount_out, payment_means, cheque_number, cleared_on, created_at, version)
select e.id, e.coop, '2025-2026', e.day, e.k,
       case e.kind when 'TRANSFER' then 'Dépôt des espèces à la banque'
                   when 'INCOME' then (array['Participation sortie', 'Vente de photos', 'Subvention commune', 'Fête de l''école', 'Don'])[1 + e.k % 5]
                   else (array['Fournitures', 'Car sortie', 'Spectacle', 'Livres', 'Goûter de Noël', 'Petit matériel'])[1 + e.k % 6] end
           || ' ' || e.k,
       e.kind,
       case when e.kind = 'TRANSFER' then 'CASH' when e.kind = 'INCOME' and e.k % 3 = 0 then 'CASH' else 'BANK' end,
       case when e.kind = 'INCOME' then e.cents / 100.0 else 0 end,
       case when e.kind = 'INCOME' then 0 else e.cents / 100.0 end,
       case when e.kind = 'TRANSFER' then 'CASH'
            when e.kind = 'INCOME' then case when e.k % 3 = 0 then 'CASH' else 'CHEQUE' end
            else (array['CHEQUE', 'CARD', 'TRANSFER'])[1 + e.k % 3] end,
       case when e.kind = 'CHARGE' and e.k % 3 = 0 then (1000000 + e.k)::text end,
       case when not (e.kind = 'INCOME' and e.k % 3 = 0) and e.day < date '2026-07-01' then e.day + 3 end,
       e.day::timestamptz, 0
from gen_entry e;

-- the parts: one, or two for every tenth entry (the first taking two thirds)
insert into ledger_entry_part (id, entry_id, position, heading_code, amount)
select e.id * 2 + p, e.id, p,
       case when e.kind = 'INCOME' then (array['7068', '708', '744', '7562', '707', '7541'])[1 + (e.k + p) % 6]
            else (array['6068', '6251', '6232', '6181', '6288', '6063', '627'])[1 + (e.k + p) % 7] end,
       case when e.k % 10 <> 7 then e.cents / 100.0
            when p = 0 then (e.cents * 2 / 3) / 100.0
            else (e.cents - e.cents * 2 / 3) / 100.0 end
from gen_entry e, generate_series(0, 1) p
where e.kind <> 'TRANSFER' and (p = 0 or e.k % 10 = 7);

-- the totals per heading that each write keeps (ledger_heading_total), as the server would have left them
insert into ledger_heading_total (cooperative_id, school_year, heading_code, amount, entries)
select e.cooperative_id, e.school_year, p.heading_code, sum(p.amount), count(*)
  from ledger_entry_part p join ledger_entry e on e.id = p.entry_id
 where e.id between 5000000000 and 5999999999
 group by e.cooperative_id, e.school_year, p.heading_code;

insert into ledger_opening (id, cooperative_id, school_year, bank, cash, updated_at, version)
select 5000000 + g, 1000000 + g, '2025-2026', 1000 + (g * 7) % 4000, 20 + g % 80, now(), 0
from generate_series(1, 50000) g;

select setval('ledger_entry_seq', (select max(id) from ledger_entry) + 1000);
select setval('ledger_entry_part_seq', (select max(id) from ledger_entry_part) + 1000);
select setval('ledger_opening_seq', (select max(id) from ledger_opening) + 1000);

commit;

analyze ledger_entry;
analyze ledger_entry_part;
analyze ledger_opening;

select (select count(*) from ledger_entry where school_year = '2025-2026') as entries,
       (select count(*) from ledger_entry_part) as parts, (select count(*) from ledger_heading_total) as heading_totals;
