-- Vouchers ("pièces justificatives", issue 18): a photo or scan of a receipt attached to a ledger entry, stored like the
-- other uploads (checked by content, hashed), readable by the cooperative and its department's staff.
alter table document add column ledger_entry_id bigint references ledger_entry (id) on delete set null;
alter table document drop constraint ck_document_kind;
alter table document add constraint ck_document_kind
    check (kind in ('ENGAGEMENT', 'MANDATAIRE_CHANGE_FORM', 'ID_COPY', 'PROOF_OF_ADDRESS', 'VOUCHER'));
create index ix_document_ledger_entry on document (ledger_entry_id);
