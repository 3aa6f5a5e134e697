-- A ledger entry's voucher number (numbering restarts at 1 each school year, unique in the year) and cheque number,
-- and its means in the ledger's own words (cheque, cash, card, transfer, direct debit), no longer the adhesion's.
alter table ledger_entry add column voucher_number integer;
alter table ledger_entry add column cheque_number varchar(20);
update ledger_entry set payment_means = 'DIRECT_DEBIT' where payment_means in ('DIRECT_DEBIT_NOW', 'DIRECT_DEBIT_DECEMBER');
update ledger_entry set payment_means = null where payment_means = 'OTHER_PAYER';
create unique index uk_ledger_entry_voucher on ledger_entry (cooperative_id, school_year, voucher_number);
