-- Settings of a department (issue 6): contacts, insurer contract, the text of the emails.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.

alter table department add column contact_name varchar(120);
alter table department add column opening_hours varchar(300);
alter table department add column insurer_name varchar(120);
alter table department add column insurer_contract_number varchar(60);
alter table department add column insurer_details varchar(1000);
alter table department add column settings_updated_at timestamp with time zone;
alter table department add column settings_updated_by varchar(60);

-- One row per email a department rewrote; a kind without a row uses the platform's default text.
create table department_email_template (
    department_id bigint        not null references department (id),
    kind          varchar(40)   not null,
    subject       varchar(300)  not null,
    body          varchar(5000) not null,
    constraint pk_department_email_template primary key (department_id, kind)
);

-- Staff accounts listed per department
create index ix_user_account_department on user_account (department_id, role, login);
