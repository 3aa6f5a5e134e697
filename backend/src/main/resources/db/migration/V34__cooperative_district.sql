-- The school's district (circonscription of the Education nationale's inspector, IEN), set by staff or by the
-- cooperatives' import; the control draw of the accounts may take at least one report in each district (issue 19).
alter table cooperative add column district varchar(80);
alter table report_control_draw add column per_district boolean default false not null;
