-- The cooperative's books (issue 18): the chart of headings, the entries split over headings, the opening balances.

-- The chart of headings ("comptes de ventilation"): the national default (department_id null), which a department
-- may extend or relabel for a year (department_id and school_year set). A ledger reads the chart of its year.
create sequence ledger_heading_seq start with 1000 increment by 50;
create table ledger_heading (
    id            bigint       not null primary key,
    department_id bigint references department (id),
    school_year   varchar(9),
    code          varchar(10)  not null,
    label         varchar(120) not null,
    kind          varchar(10)  not null,
    position      integer      not null default 0,
    constraint ck_ledger_heading_kind check (kind in ('CHARGE', 'INCOME', 'TREASURY'))
);
create index ix_ledger_heading_department on ledger_heading (department_id, school_year, code);

insert into ledger_heading (id, department_id, school_year, code, label, kind, position) values
    (1, null, null, '6063', 'Petit équipement', 'CHARGE', 10),
    (2, null, null, '6068', 'Fournitures pédagogiques', 'CHARGE', 20),
    (3, null, null, '607', 'Achats de produits pour cessions', 'CHARGE', 30),
    (4, null, null, '6181', 'Documentation, livres, abonnements', 'CHARGE', 40),
    (5, null, null, '616', 'Assurances', 'CHARGE', 50),
    (6, null, null, '6232', 'Fêtes et manifestations', 'CHARGE', 60),
    (7, null, null, '6251', 'Sorties et voyages', 'CHARGE', 70),
    (8, null, null, '627', 'Frais bancaires', 'CHARGE', 80),
    (9, null, null, '6288', 'Activités éducatives (spectacles, intervenants)', 'CHARGE', 90),
    (10, null, null, '657', 'Aides et dons versés', 'CHARGE', 100),
    (11, null, null, '6586', 'Cotisations versées à l''OCCE (adhésion, assurance)', 'CHARGE', 110),
    (12, null, null, '671', 'Charges exceptionnelles', 'CHARGE', 120),
    (13, null, null, '7068', 'Participation des familles aux sorties et activités', 'INCOME', 210),
    (14, null, null, '707', 'Ventes de produits pour cessions (photos, objets)', 'INCOME', 220),
    (15, null, null, '708', 'Produits des fêtes et manifestations', 'INCOME', 230),
    (16, null, null, '741', 'Subventions de l''État', 'INCOME', 240),
    (17, null, null, '742', 'Subventions de la région', 'INCOME', 250),
    (18, null, null, '743', 'Subventions du département', 'INCOME', 260),
    (19, null, null, '744', 'Subventions de la commune', 'INCOME', 270),
    (20, null, null, '748', 'Autres subventions', 'INCOME', 280),
    (21, null, null, '7541', 'Dons', 'INCOME', 290),
    (22, null, null, '7562', 'Participation volontaire des familles', 'INCOME', 300),
    (23, null, null, '768', 'Produits financiers (intérêts)', 'INCOME', 310),
    (24, null, null, '771', 'Produits exceptionnels', 'INCOME', 320),
    (25, null, null, '512', 'Banque', 'TREASURY', 410),
    (26, null, null, '530', 'Caisse', 'TREASURY', 420);

-- An entry's kind (income, charge, or a transfer between the bank and the cash box) and its treasury.
alter table ledger_entry add column kind varchar(10) not null default 'CHARGE';
alter table ledger_entry add column treasury varchar(4) not null default 'BANK';
alter table ledger_entry add column updated_at timestamp with time zone;
alter table ledger_entry add constraint ck_ledger_entry_kind check (kind in ('CHARGE', 'INCOME', 'TRANSFER'));
alter table ledger_entry add constraint ck_ledger_entry_treasury check (treasury in ('BANK', 'CASH'));

-- The split of an entry over headings: the parts sum to the entry's amount (checked by the service).
-- (above the ids copied from the entries just below)
create sequence ledger_entry_part_seq start with 1000000000 increment by 50;
create table ledger_entry_part (
    id           bigint         not null primary key,
    entry_id     bigint         not null references ledger_entry (id) on delete cascade,
    position     integer        not null,
    heading_code varchar(10)    not null,
    amount       numeric(12, 2) not null
);
create index ix_ledger_entry_part_entry on ledger_entry_part (entry_id);

-- The one-click entries written so far: one part, under 6586.
insert into ledger_entry_part (id, entry_id, position, heading_code, amount)
    select id, id, 0, '6586', amount_out from ledger_entry;
alter table ledger_entry drop column heading;

-- The opening balances of a year ("report à nouveau au 01.09"), typed in a first year; later years carry over.
create sequence ledger_opening_seq start with 1 increment by 50;
create table ledger_opening (
    id             bigint         not null primary key,
    cooperative_id bigint         not null references cooperative (id),
    school_year    varchar(9)     not null,
    bank           numeric(12, 2) not null,
    cash           numeric(12, 2) not null,
    updated_at     timestamp with time zone not null,
    version        integer        not null default 0,
    constraint uk_ledger_opening unique (cooperative_id, school_year)
);
