-- Whether a report's signed quitus and August statement were sent, kept on the report (set when one is attached), so
-- that the staff's queue filters the reports sent without their quitus.
alter table annual_report add column quitus_received boolean not null default false;
alter table annual_report add column statement_received boolean not null default false;
