-- Bank reconciliation ("pointage", issue 18): an entry ticked as seen on a bank statement, with the statement's date.
alter table ledger_entry add column cleared_on date;
create index ix_ledger_entry_cleared on ledger_entry (cooperative_id, cleared_on);
