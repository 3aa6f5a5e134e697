-- The control of the accounts (issue 19): staff draw a reproducible random sample of the department's validated
-- reports of a year (a seed shown on screen; anyone re-draws the same sample from it), one draw per department and
-- year; each drawn report gets a follow-up (documents asked, checked, remarks, closed).
create sequence report_control_draw_seq start with 1 increment by 50;
create sequence report_control_seq start with 1 increment by 50;
create table report_control_draw (
    id             bigint                   not null primary key,
    department_id  bigint                   not null references department (id),
    school_year    varchar(9)               not null,
    seed           varchar(40)              not null,
    share_percent  integer                  not null,
    above_amount   numeric(12, 2),
    population     integer                  not null,
    drawn_at       timestamp with time zone not null,
    drawn_by       varchar(80)              not null,
    constraint uk_report_control_draw unique (department_id, school_year)
);

create table report_control (
    id                  bigint                   not null primary key,
    draw_id             bigint                   not null references report_control_draw (id),
    report_id           bigint                   not null references annual_report (id),
    cooperative_id      bigint                   not null references cooperative (id),
    department_id       bigint                   not null references department (id),
    draw_rank           integer                  not null,
    reason              varchar(8)               not null,
    status              varchar(24)              not null,
    documents_requested varchar(2000),
    remarks             varchar(4000),
    updated_at          timestamp with time zone,
    updated_by          varchar(80),
    closed_at           timestamp with time zone,
    version             integer                  not null default 0,
    constraint uk_report_control unique (draw_id, report_id)
);
create index ix_report_control_report on report_control (report_id);

-- The staff's checklist on a report sent to them: null until looked at, then true (checked) or false (not right).
alter table annual_report add column check_quitus boolean;
alter table annual_report add column check_statement boolean;
alter table annual_report add column check_subsidies boolean;
