-- Class ledgers ("Cahier de compta. classe", issue 18): an entry may be allocated to a class line of the year's
-- adhesion; each class has its own income, charges and balance. A class line removed from the adhesion leaves its
-- entries in the cooperative's ledger, allocated to no class.
alter table ledger_entry add column class_line_id bigint references class_line (id) on delete set null;
create index ix_ledger_entry_class_line on ledger_entry (class_line_id);
