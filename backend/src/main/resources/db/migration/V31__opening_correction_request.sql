-- « Demander à l'OCCE de corriger le report à nouveau »: the opening carried from last year's validated report is
-- read-only; the mandataire asks the department's staff to correct it, with a reason (they reopen last year's report).
alter table annual_report add column opening_correction varchar(2000);
alter table annual_report add column opening_correction_at timestamp with time zone;
