-- Campaign dashboard, the cooperatives' list with its filters, and reminders (issue 6).

-- The dashboard aggregates one department's adhesions of a year (status counts, members, amounts) and
-- their submissions by day: one index-only range per department and year.
create index ix_adhesion_dashboard on adhesion (department_id, school_year, status, submitted_at);
-- The cooperatives' list sorted by school or city within a department (by number: uk_cooperative_number);
-- its left join on the year's adhesion uses uk_adhesion_year (cooperative_id, school_year).
create index ix_cooperative_school on cooperative (department_id, school_name);
create index ix_cooperative_city on cooperative (department_id, city);

create sequence reminder_campaign_seq start with 1 increment by 50;
create sequence reminder_recipient_seq start with 1 increment by 50;

-- A reminder campaign: who sent it, when, the template, the selection (ids or filter, as JSON) and its count.
create table reminder_campaign (
    id              bigint                   not null primary key,
    department_id   bigint                   not null references department (id),
    school_year     varchar(9)               not null,
    idempotency_key varchar(80)              not null,
    request_hash    varchar(64)              not null,
    template_hash   varchar(64)              not null,
    subject         varchar(200)             not null,
    body            varchar(5000)            not null,
    selection       varchar(4000)            not null,
    recipient_count integer                  not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(60)              not null,
    constraint uk_reminder_campaign_key unique (department_id, idempotency_key)
);
create index ix_reminder_campaign_department on reminder_campaign (department_id, created_at);

-- One row per recipient cooperative; the sender claims PENDING rows (FOR UPDATE SKIP LOCKED on PostgreSQL).
create table reminder_recipient (
    id              bigint                   not null primary key,
    campaign_id     bigint                   not null references reminder_campaign (id) on delete cascade,
    cooperative_id  bigint                   not null references cooperative (id),
    template_hash   varchar(64)              not null,
    email           varchar(120),
    status          varchar(20)              not null,
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    mail_message_id bigint,
    error           varchar(500),
    constraint ck_reminder_recipient_status check (status in ('PENDING', 'SENT', 'FAILED', 'SKIPPED_NO_EMAIL', 'SKIPPED_RECENT'))
);
create index ix_reminder_recipient_campaign on reminder_recipient (campaign_id, id);
create index ix_reminder_recipient_pending on reminder_recipient (status, id);
create index ix_reminder_recipient_sent on reminder_recipient (sent_at);
create index ix_reminder_recipient_recent on reminder_recipient (cooperative_id, template_hash, created_at);

-- One row that the background sender locks: one replica sends at a time, so the rate holds across replicas.
create table reminder_sender_lock (
    id integer not null primary key
);
insert into reminder_sender_lock (id) values (1);
