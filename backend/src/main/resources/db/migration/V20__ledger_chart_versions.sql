-- The chart of headings maintained on screen (issue 18): the admin keeps the national default, a department's
-- staff add sub-headings or relabel for a year. A version for optimistic locking of each row.
alter table ledger_heading add column version integer not null default 0;
