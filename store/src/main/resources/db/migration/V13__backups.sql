-- Backups (store.backup.BackupLog): one row per backup made or tried, with what it wrote where and
-- whether a restore of it was verified. The backups themselves are files; this is their log. A
-- backup's own snapshot leaves this table out, so a restored database starts a new log.
create table backup (
    id              bigint generated always as identity primary key,
    name            text        not null unique,
    trigger         text        not null check (trigger in ('scheduled', 'manual')),
    node            text        not null,
    started_at      timestamptz not null,
    finished_at     timestamptz,
    status          text        not null default 'running' check (status in ('running', 'done', 'failed')),
    schema_version  text,
    size_bytes      bigint,
    sha256          text,
    tables          integer,
    total_rows      bigint,
    directories     text[]      not null default '{}',
    failures        text[]      not null default '{}',
    verified        boolean,
    verified_at     timestamptz,
    verify_ms       bigint,
    error           text
);

create index backup_recent on backup (started_at desc);
