-- The annual report's papers (issue 19, seed 004's « Envoyer l'image »): the signed quitus and a copy of the bank
-- statement at 31 August, stored like the other uploads (checked by content), readable by the cooperative and its staff.
alter table document add column annual_report_id bigint references annual_report (id) on delete set null;
alter table document drop constraint ck_document_kind;
alter table document add constraint ck_document_kind
    check (kind in ('ENGAGEMENT', 'MANDATAIRE_CHANGE_FORM', 'ID_COPY', 'PROOF_OF_ADDRESS', 'VOUCHER', 'QUITUS', 'AUGUST_STATEMENT'));
create index ix_document_annual_report on document (annual_report_id);
