-- The class journal of one or more schools: who is who, what was recorded, what is to be sent.
--
-- Conventions: ids are identity bigints; instants are timestamptz; days are dates in the school's
-- time zone; *_key columns hold the normalised form of a name that lookups compare against (lower
-- case, ё folded to е, look-alike Latin letters folded to Cyrillic), written by the application.

create table school (
    id                bigint generated always as identity primary key,
    name              text        not null,
    name_key          text        not null unique,
    time_zone         text        not null default 'Europe/Moscow',
    phone_region      text        not null default 'RU' check (phone_region ~ '^[A-Z]{2}$'),
    quiet_from        time        not null default '21:00',
    quiet_to          time        not null default '08:00',
    sms_transliterate boolean     not null default false,
    created_at        timestamptz not null default now()
);

create table academic_year (
    id        bigint generated always as identity primary key,
    school_id bigint not null references school,
    name      text   not null,
    starts_on date   not null,
    ends_on   date   not null,
    unique (school_id, starts_on),
    check (starts_on < ends_on)
);

create table term (
    id               bigint generated always as identity primary key,
    academic_year_id bigint not null references academic_year on delete cascade,
    name             text   not null,
    starts_on        date   not null,
    ends_on          date   not null,
    unique (academic_year_id, starts_on),
    check (starts_on <= ends_on)
);

create table school_class (
    id              bigint generated always as identity primary key,
    school_id       bigint   not null references school,
    name            text     not null,
    name_key        text     not null,
    grade           smallint not null check (grade between 0 and 12),
    attendance_only boolean  not null,
    unique (school_id, name_key)
);

create table subgroup (
    id       bigint generated always as identity primary key,
    class_id bigint not null references school_class on delete cascade,
    name     text   not null,
    name_key text   not null,
    unique (class_id, name_key)
);

create table subject (
    id        bigint generated always as identity primary key,
    school_id bigint not null references school,
    name      text   not null,
    name_key  text   not null,
    unique (school_id, name_key)
);

create table student (
    id             bigint generated always as identity primary key,
    school_id      bigint      not null references school,
    class_id       bigint      not null references school_class,
    list_no        integer     not null check (list_no between 1 and 999),
    last_name      text        not null,
    first_name     text        not null,
    middle_name    text        not null default '',
    last_name_key  text        not null,
    first_name_key text        not null,
    active         boolean     not null default true,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
create index student_class_surname on student (class_id, last_name_key text_pattern_ops) where active;
create index student_school on student (school_id);

create table subgroup_member (
    subgroup_id bigint not null references subgroup on delete cascade,
    student_id  bigint not null references student,
    primary key (subgroup_id, student_id)
);

create table guardian (
    id                bigint generated always as identity primary key,
    school_id         bigint      not null references school,
    full_name         text        not null,
    name_key          text        not null,
    phone             text check (phone ~ '^\+[1-9][0-9]{6,14}$'),
    language          text        not null default 'ru' check (language in ('ru', 'en')),
    consent_at        timestamptz,
    consent_source    text check (consent_source in ('roster', 'telegram', 'sms', 'admin')),
    opted_out_at      timestamptz,
    phone_flagged_at  timestamptz,
    phone_flag_reason text,
    preferred_channel text check (preferred_channel in ('telegram', 'sms')),
    report_frequency  text        not null default 'weekly'
        check (report_frequency in ('none', 'daily', 'weekly', 'monthly')),
    quiet_from        time,
    quiet_to          time,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    check ((consent_at is null) = (consent_source is null)),
    check ((quiet_from is null) = (quiet_to is null)),
    -- deferred, so that an import may swap the phones of two guardians
    constraint guardian_phone unique (school_id, phone) deferrable initially deferred
);

create table student_guardian (
    student_id  bigint not null references student,
    guardian_id bigint not null references guardian,
    primary key (student_id, guardian_id)
);
create index student_guardian_guardian on student_guardian (guardian_id);

create table staff (
    id              bigint generated always as identity primary key,
    school_id       bigint      not null references school,
    last_name       text        not null,
    first_name      text        not null,
    middle_name     text        not null default '',
    last_name_key   text        not null,
    first_name_key  text        not null,
    middle_name_key text        not null default '',
    role            text        not null check (role in ('teacher', 'admin')),
    language        text        not null default 'ru' check (language in ('ru', 'en')),
    active          boolean     not null default true,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (school_id, last_name_key, first_name_key, middle_name_key)
);

create table class_teacher (
    class_id bigint primary key references school_class,
    staff_id bigint not null references staff
);
create index class_teacher_staff on class_teacher (staff_id);

create table teaching_assignment (
    class_id   bigint not null references school_class,
    subject_id bigint not null references subject,
    staff_id   bigint not null references staff,
    primary key (class_id, subject_id, staff_id)
);
create index teaching_assignment_staff on teaching_assignment (staff_id);

create table timetable_lesson (
    id          bigint generated always as identity primary key,
    school_id   bigint   not null references school,
    class_id    bigint   not null references school_class,
    subgroup_id bigint references subgroup,
    weekday     smallint not null check (weekday between 1 and 7),
    lesson_no   smallint not null check (lesson_no between 0 and 12),
    starts_at   time     not null,
    subject_id  bigint   not null references subject,
    staff_id    bigint   not null references staff
);
create unique index timetable_slot on timetable_lesson (class_id, coalesce(subgroup_id, 0), weekday, lesson_no);
create index timetable_teacher on timetable_lesson (staff_id, weekday);

-- The journal proper. lesson_no null means the whole day.

create table attendance (
    id          bigint generated always as identity primary key,
    student_id  bigint      not null references student,
    day         date        not null,
    lesson_no   smallint check (lesson_no between 0 and 12),
    status      text        not null check (status in ('absent', 'late', 'excused')),
    reason      text,
    author_id   bigint references staff,
    recorded_at timestamptz not null
);
create unique index attendance_slot on attendance (student_id, day, coalesce(lesson_no, -1));
create index attendance_day on attendance (day);

create table mark (
    id          bigint generated always as identity primary key,
    student_id  bigint      not null references student,
    subject_id  bigint      not null references subject,
    day         date        not null,
    lesson_no   smallint check (lesson_no between 0 and 12),
    value       smallint    not null check (value between 1 and 5),
    modifier    text check (modifier in ('+', '-')),
    author_id   bigint references staff,
    recorded_at timestamptz not null
);
create index mark_student_day on mark (student_id, day);
create index mark_day on mark (day);

create table behaviour_note (
    id          bigint generated always as identity primary key,
    student_id  bigint      not null references student,
    kind        text        not null check (kind in ('praise', 'remark')),
    text        text        not null check (length(text) between 1 and 2000),
    day         date        not null,
    author_id   bigint references staff,
    recorded_at timestamptz not null
);
create index behaviour_note_student_day on behaviour_note (student_id, day);

create table homework (
    id          bigint generated always as identity primary key,
    class_id    bigint      not null references school_class,
    subgroup_id bigint references subgroup,
    subject_id  bigint      not null references subject,
    assigned_on date        not null,
    due_on      date,
    text        text        not null check (length(text) between 1 and 4000),
    author_id   bigint references staff,
    recorded_at timestamptz not null
);
create index homework_class_due on homework (class_id, due_on);

-- Who is behind a Telegram account. One user may be both a teacher and a parent.

create table telegram_link (
    id               bigint generated always as identity primary key,
    telegram_user_id bigint      not null,
    chat_id          bigint      not null,
    staff_id         bigint unique references staff,
    guardian_id      bigint unique references guardian,
    linked_at        timestamptz not null,
    check (num_nonnulls(staff_id, guardian_id) = 1)
);
create unique index telegram_link_staff_user on telegram_link (telegram_user_id) where staff_id is not null;
create unique index telegram_link_guardian_user on telegram_link (telegram_user_id) where guardian_id is not null;

-- Single-use invite codes. Only a SHA-256 hash of the code is kept.

create table invite_code (
    id          bigint generated always as identity primary key,
    school_id   bigint      not null references school,
    code_hash   text        not null unique check (code_hash ~ '^[0-9a-f]{64}$'),
    staff_id    bigint references staff,
    guardian_id bigint references guardian,
    class_id    bigint references school_class,
    issued_by   text        not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    used_by     bigint,
    check (num_nonnulls(staff_id, guardian_id) = 1),
    check (expires_at > created_at),
    check ((used_at is null) = (used_by is null))
);

-- The outbox: every message to a person is a row here first, written with the change that caused it.

create table notification (
    id              bigint generated always as identity primary key,
    school_id       bigint      not null references school,
    guardian_id     bigint references guardian,
    staff_id        bigint references staff,
    student_id      bigint references student,
    kind            text        not null,
    channel         text        not null check (channel in ('telegram', 'sms')),
    address         text        not null,
    body            text        not null,
    status          text        not null default 'queued'
        check (status in ('queued', 'sending', 'sent', 'delivered', 'failed', 'cancelled')),
    attempts        integer     not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null,
    provider_id     text,
    dedupe_key      text unique,
    error           text,
    segments        smallint,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    sent_at         timestamptz,
    delivered_at    timestamptz
);
create index notification_due on notification (next_attempt_at) where status = 'queued';
create index notification_status on notification (status, created_at);
create index notification_provider on notification (provider_id) where provider_id is not null;

-- The audit log: every change to the journal and the rosters, with who made it and the row before and
-- after. Filled by triggers, so no code path can forget it. The application names the actor per
-- transaction with set_config('classbell.actor', ..., true).

create table audit_log (
    id        bigint generated always as identity primary key,
    at        timestamptz not null default now(),
    actor     text        not null,
    action    text        not null check (action in ('insert', 'update', 'delete')),
    entity    text        not null,
    entity_id bigint,
    before    jsonb,
    after     jsonb
);
create index audit_log_entity on audit_log (entity, entity_id);
create index audit_log_at on audit_log (at);

create function audit_change() returns trigger
    language plpgsql as
$$
declare
    old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
    new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
begin
    insert into audit_log (actor, action, entity, entity_id, before, after)
    values (coalesce(nullif(current_setting('classbell.actor', true), ''), 'system'),
            lower(tg_op),
            tg_table_name,
            (coalesce(new_row, old_row) ->> 'id')::bigint,
            old_row,
            new_row);
    return null;
end;
$$;

do
$$
    declare
        audited text;
    begin
        foreach audited in array array ['school', 'academic_year', 'term', 'school_class', 'subgroup',
            'subject', 'student', 'subgroup_member', 'guardian', 'student_guardian', 'staff', 'class_teacher',
            'teaching_assignment', 'timetable_lesson', 'attendance', 'mark', 'behaviour_note', 'homework',
            'telegram_link', 'invite_code']
            loop
                execute format('create trigger %I_audit_insert_delete after insert or delete on %I '
                                   'for each row execute function audit_change()', audited, audited);
                execute format('create trigger %I_audit_update after update on %I '
                                   'for each row when (old.* is distinct from new.*) execute function audit_change()',
                               audited, audited);
            end loop;
    end
$$;
