-- Step 5 of run.sh: department 113 as a creditor, a mandate for each of its 3,000 cooperatives, and every one of
-- them with a validated 2026-2027 adhesion paid by direct debit in December, not yet drawn (the 8 % that had not started get theirs
-- copied from last year). Run after steps 1-4, which measure the dataset as generated.
begin;
insert into sepa_creditor (department_id, name, identifier, iban, bic, updated_at, version)
select id, 'OCCE 113', 'FR12ZZZ123456', 'FR7630006000011234567890189', 'AGRIFRPP', now(), 0 from department where code = '113';
insert into sepa_mandate (cooperative_id, department_id, iban, bic, reference, signature_date, updated_at, version)
select c.id, c.department_id, 'FR7630006000011234567890189', 'AGRIFRPP', 'OCCE113-' || c.number, date '2024-09-15', now(), 0
from cooperative c where c.department_code = '113';
insert into adhesion (id, cooperative_id, cooperative_code, department_id, school_year, status, insured, payment_means, line_count,
                      adults, pupils, amount, submitted_amount, submitted_at, created_at, updated_at, version)
select a.id + 1000000, a.cooperative_id, a.cooperative_code, a.department_id, '2026-2027', 'VALIDATED', a.insured, a.payment_means,
       a.line_count, a.adults, a.pupils, a.amount, a.submitted_amount, a.submitted_at + interval '1 year', now(), now(), 0
from adhesion a join department d on d.id = a.department_id
where d.code = '113' and a.school_year = '2025-2026'
  and not exists (select 1 from adhesion b where b.cooperative_id = a.cooperative_id and b.school_year = '2026-2027');
update adhesion a set status = 'VALIDATED', payment_means = 'DIRECT_DEBIT_DECEMBER', submitted_amount = amount,
                      payment_received = false, payment_amount = null, payment_method = null, payment_date = null,
                      validated_at = coalesce(validated_at, now())
from department d where d.id = a.department_id and d.code = '113' and a.school_year = '2026-2027';
commit;
select count(*) from adhesion a join department d on d.id = a.department_id
where d.code = '113' and a.school_year = '2026-2027' and a.status = 'VALIDATED' and a.payment_means = 'DIRECT_DEBIT_DECEMBER';
