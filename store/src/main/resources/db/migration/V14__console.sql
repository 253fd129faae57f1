-- The web console.

-- One-time links into the console, asked for with /console in the bot. Only the hash of the link's
-- token is kept; a link works once, within its lifetime (ten minutes).
create table console_login (
    id         bigint generated always as identity primary key,
    token_hash text        not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    school_id  bigint      not null references school,
    staff_id   bigint      not null references staff,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    check (expires_at > created_at)
);
create index console_login_expires on console_login (expires_at);

-- Console sessions (Spring Session's tables), shared by a city's nodes.
create table spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);

-- A file uploaded in the console, kept from its preview until it is imported or dropped.
create table console_upload (
    id          bigint generated always as identity primary key,
    token_hash  text        not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    school_id   bigint      not null references school,
    kind        text        not null check (kind in ('roster', 'staff', 'timetable')),
    file_name   text        not null,
    content     bytea       not null,
    uploaded_by text        not null,
    created_at  timestamptz not null
);
create index console_upload_created on console_upload (created_at);
