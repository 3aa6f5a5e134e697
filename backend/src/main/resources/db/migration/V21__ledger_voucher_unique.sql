-- A voucher number is unique in a cooperative's year (issue 18): the service writes one new entry of a cooperative
-- at a time; the index holds it whatever the path.
create unique index ux_ledger_entry_voucher on ledger_entry (cooperative_id, school_year, voucher_number);
