-- bench/ledger: a big school's year, 3,000 entries of cooperative :coop in :year (psql -v coop=… -v year=… -v first=…),
-- written straight into the tables the way the server writes them (one part each). Entry g: dated 1 September +
-- (7 g mod 300) days; even ones in the bank (by transfer), odd ones in the cash box; every third a charge (6068),
-- the others income (7068); (100 + g mod 5000) cents. measure.py statement writes the bank lines of the even ones.
insert into ledger_entry (id, cooperative_id, school_year, entry_date, voucher_number, label, kind, treasury, amount_in,
                          amount_out, payment_means, created_at, version)
select 3000000000 + g, :coop, :'year', make_date(:first, 9, 1) + ((g * 7) % 300), g, 'Opération ' || g,
       case when g % 3 = 0 then 'CHARGE' else 'INCOME' end, case when g % 2 = 0 then 'BANK' else 'CASH' end,
       case when g % 3 = 0 then 0 else (100 + g % 5000) / 100.0 end, case when g % 3 = 0 then (100 + g % 5000) / 100.0 else 0 end,
       case when g % 2 = 0 then 'TRANSFER' else 'CASH' end, now(), 0
  from generate_series(1, 3000) g;
insert into ledger_entry_part (id, entry_id, position, heading_code, amount)
select 3000000000 + g, 3000000000 + g, 0, case when g % 3 = 0 then '6068' else '7068' end, (100 + g % 5000) / 100.0
  from generate_series(1, 3000) g;
-- the totals per heading every write keeps (LedgerService.moveTotals), as the server would have left them
insert into ledger_heading_total (cooperative_id, school_year, heading_code, amount, entries)
select :coop, :'year', p.heading_code, sum(p.amount), count(*) from ledger_entry_part p
 where p.entry_id between 3000000001 and 3000003000 group by p.heading_code;
analyze ledger_entry;
analyze ledger_entry_part;
