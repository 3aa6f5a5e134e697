-- The outbox relay (MailRelay). The replica that writes an email hands it to the mailer once its transaction has
-- committed, within a lease (claimed_until, real time); if that replica dies first, another one takes the email over
-- once the lease has expired, and counts the attempt. Rows written before this migration keep a null lease: they are
-- never taken over (an old unsent email is not sent months late). A failure the SMTP server may not repeat (a closed
-- connection, 4xx) is kept in last_error and the email tried again later; error is the final failure.
alter table mail_message add column claimed_until timestamp with time zone;
alter table mail_message add column attempts integer default 0 not null;
alter table mail_message add column last_error varchar(500);
create index ix_mail_message_lease on mail_message (claimed_until);
