-- A city on one deployment: every school has a code the admin API names it by, its own SMS sender,
-- and admin tokens that reach it alone.

-- The code: lower-case Latin letters, digits and hyphens, as in /api/schools/sch8/settings. A school
-- made without a code, as every school before this migration, gets "school-<id>"; the node's default
-- school (CLASSBELL_SCHOOL_NAME) takes the configured code (CLASSBELL_SCHOOL_CODE, "default") when the
-- node starts.
alter table school add column code text;
update school set code = 'school-' || id;
alter table school alter column code set not null;
alter table school add constraint school_code unique (code);
alter table school add constraint school_code_form check (code ~ '^[a-z0-9][a-z0-9-]{0,31}$');

create function school_code() returns trigger
    language plpgsql as
$$
begin
    if new.code is null then
        new.code := 'school-' || new.id;
    end if;
    return new;
end;
$$;
create trigger school_code before insert on school for each row execute function school_code();

-- The school's own SMS sender: a Twilio number (From) or messaging service. Null takes the
-- deployment's (CLASSBELL_TWILIO_FROM, CLASSBELL_TWILIO_MESSAGING_SERVICE_SID).
alter table school
    add column sms_from              text check (sms_from ~ '^\+[1-9][0-9]{6,14}$'),
    add column sms_messaging_service text check (sms_messaging_service ~ '^MG[0-9a-f]{32}$'),
    add constraint school_one_sender check (sms_from is null or sms_messaging_service is null);

-- Bearer tokens of a school's administration: they reach that school's endpoints only. The token is
-- shown once, when made; the table keeps its SHA-256 digest.
create table admin_token (
    id           bigint generated always as identity primary key,
    school_id    bigint      not null references school,
    name         text        not null check (length(name) between 1 and 100),
    digest       text        not null unique check (digest ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index admin_token_school on admin_token (school_id);

create trigger admin_token_audit_insert_delete after insert or delete on admin_token
    for each row execute function audit_change();
create trigger admin_token_audit_update after update of revoked_at, name on admin_token
    for each row when (old.* is distinct from new.*) execute function audit_change();
