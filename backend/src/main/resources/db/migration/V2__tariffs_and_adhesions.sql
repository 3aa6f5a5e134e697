-- Tariffs (barèmes) per department and school year, with the campaign's dates and payment means;
-- adhesions with their class lines and chosen subscriptions.

create sequence tariff_seq start with 1 increment by 50;
create sequence tariff_subscription_seq start with 1 increment by 50;
create sequence adhesion_seq start with 1 increment by 50;
create sequence class_line_seq start with 1 increment by 50;

create table tariff (
    id                     bigint         not null primary key,
    department_id          bigint         not null references department (id),
    school_year            varchar(9)     not null,
    cooperative_fee        numeric(12, 2) not null,
    membership_mode        varchar(12)    not null,
    membership_rate        numeric(10, 4),
    membership_pupil_rate  numeric(10, 4),
    membership_adult_rate  numeric(10, 4),
    insurance_mandatory    boolean        not null,
    insurance_mode         varchar(12)    not null,
    insurance_rate         numeric(10, 4),
    insurance_pupil_rate   numeric(10, 4),
    insurance_adult_rate   numeric(10, 4),
    property_threshold     numeric(12, 2) not null,
    property_rate          numeric(10, 4) not null,
    instrument_threshold   numeric(12, 2) not null,
    instrument_rate        numeric(10, 4) not null,
    opens_on               date           not null,
    deadline               date           not null,
    payment_means          varchar(200)   not null,
    updated_at             timestamp with time zone,
    version                integer        not null default 0,
    constraint uk_tariff_year unique (department_id, school_year),
    constraint ck_tariff_modes check (membership_mode in ('PER_MEMBER', 'SPLIT') and insurance_mode in ('PER_MEMBER', 'SPLIT'))
);

create table tariff_subscription (
    id        bigint         not null primary key,
    tariff_id bigint         not null references tariff (id) on delete cascade,
    position  integer        not null,
    name      varchar(120)   not null,
    price     numeric(12, 2) not null
);
create index ix_tariff_subscription_tariff on tariff_subscription (tariff_id);

create table adhesion (
    id                      bigint         not null primary key,
    cooperative_id          bigint         not null references cooperative (id),
    cooperative_code        varchar(8)     not null,
    department_id           bigint         not null references department (id),
    school_year             varchar(9)     not null,
    status                  varchar(24)    not null,
    insured                 boolean        not null default false,
    property_value          numeric(12, 2) not null default 0,
    instrument_value        numeric(12, 2) not null default 0,
    voluntary_participation numeric(12, 2) not null default 0,
    payment_means           varchar(30),
    line_count              integer        not null default 0,
    adults                  integer        not null default 0,
    pupils                  integer        not null default 0,
    amount                  numeric(12, 2),
    submitted_amount        numeric(12, 2),
    priced_tariff_version   integer,
    submitted_at            timestamp with time zone,
    late                    boolean        not null default false,
    correction_message      varchar(2000),
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    version                 integer        not null default 0,
    constraint uk_adhesion_year unique (cooperative_id, school_year),
    constraint ck_adhesion_status check (status in ('DRAFT', 'SUBMITTED', 'CORRECTION_REQUESTED', 'VALIDATED'))
);
create index ix_adhesion_department on adhesion (department_id, school_year, status);

create table adhesion_subscription (
    adhesion_id     bigint not null references adhesion (id) on delete cascade,
    subscription_id bigint not null,
    primary key (adhesion_id, subscription_id)
);

create table class_line (
    id            bigint       not null primary key,
    adhesion_id   bigint       not null references adhesion (id) on delete cascade,
    position      integer      not null,
    class_name    varchar(80)  not null,
    teachers      varchar(200),
    teacher_email varchar(120),
    adults        integer      not null,
    pupils        integer      not null,
    to_confirm    boolean      not null default false,
    constraint ck_class_line_counts check (adults >= 0 and pupils >= 0)
);
create index ix_class_line_adhesion on class_line (adhesion_id, position);
