-- The outbox's backlog (emails not sent yet), counted at every scrape of /q/metrics: an index instead of a scan.
create index ix_mail_message_pending on mail_message (sent_at, error);
