-- Imports and the audit log (issue 6): indexes for the filters of the audit log, newest first. audit_record
-- grows with every change; V1 indexes it by department and by cooperative, each then by date.
create index ix_audit_record_occurred on audit_record (occurred_at, id);
create index ix_audit_record_actor on audit_record (actor_login, occurred_at);
create index ix_audit_record_department_action on audit_record (department_id, action, occurred_at);
create index ix_audit_record_department_entity on audit_record (department_id, entity_type, occurred_at);
