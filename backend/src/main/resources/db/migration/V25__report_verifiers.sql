-- The quitus's two verifiers (seed 004: an elected parent and a teacher who kept no accounts, neither the mandataire).
alter table annual_report add column verifier_parent varchar(120);
alter table annual_report add column verifier_teacher varchar(120);
