-- Readiness (common/DatabaseWriteCheck) writes a row here and rolls it back: a replica is ready only when its
-- database takes a write, not only a read (a read-only standby, a full disk, or a constraint that cannot be
-- evaluated any more all fail here first). Its CHECK is written like the schema's others, so the probe evaluates
-- one as every real write does. The table stays empty.
create table health_probe (
    id         varchar(64)              not null primary key,
    kind       varchar(20)              not null,
    checked_at timestamp with time zone not null,
    constraint ck_health_probe_kind check (kind in ('READINESS'))
);
