-- V21 made a second unique index on (cooperative_id, school_year, voucher_number): V10's uk_ledger_entry_voucher already
-- holds a voucher number unique in a cooperative's year. One is enough; every entry written updated both.
drop index ux_ledger_entry_voucher;
