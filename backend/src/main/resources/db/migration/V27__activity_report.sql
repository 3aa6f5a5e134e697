-- The activity report (CRA, issue 19): the department's questionnaire of a year, from a national default (department_id
-- null) that staff copy and edit per year; each report's answers, saved as typed and checked on submission.
create sequence report_question_seq start with 1000 increment by 50;
create table report_question (
    id            bigint        not null primary key,
    department_id bigint references department (id),
    school_year   varchar(9),
    position      integer       not null,
    code          varchar(40)   not null,
    label         varchar(300)  not null,
    kind          varchar(10)   not null,
    choices       varchar(1000),
    required      boolean       not null default false
);
create index ix_report_question_department on report_question (department_id, school_year);

insert into report_question (id, department_id, school_year, position, code, label, kind, choices, required) values
    (1, null, null, 10, 'classes', 'Nombre de classes qui ont participé à la vie de la coopérative', 'NUMBER', null, true),
    (2, null, null, 20, 'councils', 'Nombre de conseils de coopérative tenus dans l''année', 'NUMBER', null, true),
    (3, null, null, 30, 'assembly', 'Une assemblée générale de la coopérative s''est-elle tenue ?', 'YES_NO', null, true),
    (4, null, null, 40, 'projects', 'Les projets de l''année (sorties, spectacles, jardin, correspondance…)', 'TEXT', null, true),
    (5, null, null, 50, 'solidarity', 'La coopérative a-t-elle mené une action de solidarité ?', 'YES_NO', null, false),
    (6, null, null, 60, 'occe_actions', 'L''action de l''OCCE à laquelle la coopérative a le plus participé', 'CHOICE',
        'Aucune|Rencontres départementales|Théâtre et arts|Sciences et jardin|Autre', false),
    (7, null, null, 70, 'comments', 'Remarques et suggestions pour l''OCCE', 'TEXT', null, false);

create table annual_report_answer (
    report_id     bigint        not null references annual_report (id) on delete cascade,
    question_code varchar(40)   not null,
    answer        varchar(4000) not null,
    primary key (report_id, question_code)
);
