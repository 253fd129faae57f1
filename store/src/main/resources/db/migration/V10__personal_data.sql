-- Personal data: the consent ledger and erased guardians.

-- Every consent a guardian gave or withdrew, oldest first: to the processing of their data (the
-- school's signed form, the bot's button, an SMS reply YES) and to SMS (STOP and START, /stop,
-- Twilio's 21610). Rows are only ever added; the guardian's current state (consent_at,
-- consent_source, opted_out_at) is derived from them by the trigger below, so that no code path
-- can change the one without the other. A consent the guardian gave themselves (bot, SMS) takes the
-- place of one the roster gave, so that a later roster without it cannot withdraw it. The rows hold
-- no personal data: a guardian id, a source, a detail such as the roster line, and who recorded it.
create table consent_event (
    id          bigint generated always as identity primary key,
    guardian_id bigint      not null references guardian,
    purpose     text        not null check (purpose in ('processing', 'sms')),
    given       boolean     not null,
    source      text        not null check (source in ('roster', 'telegram', 'sms', 'admin')),
    detail      text check (length(detail) <= 500),
    actor       text        not null default coalesce(nullif(current_setting('classbell.actor', true), ''), 'system'),
    at          timestamptz not null
);
create index consent_event_guardian on consent_event (guardian_id, id);

-- What the guardian table held before the ledger, as its first entries.
insert into consent_event (guardian_id, purpose, given, source, detail, actor, at)
select id, 'processing', true, consent_source, 'recorded before the consent ledger', 'system', consent_at
from guardian where consent_at is not null;
insert into consent_event (guardian_id, purpose, given, source, detail, actor, at)
select id, 'sms', false, 'sms', 'recorded before the consent ledger', 'system', opted_out_at
from guardian where opted_out_at is not null;

create function consent_event_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'the consent ledger is append-only: % of consent_event refused', lower(tg_op);
end;
$$;
create trigger consent_event_append_only before update or delete on consent_event
    for each row execute function consent_event_append_only();

create function consent_event_apply() returns trigger
    language plpgsql as
$$
begin
    if new.purpose = 'processing' and new.given then
        update guardian set consent_at = new.at, consent_source = new.source, updated_at = new.at
        where id = new.guardian_id
          and (consent_at is null or (consent_source = 'roster' and new.source <> 'roster'));
    elsif new.purpose = 'processing' then
        update guardian set consent_at = null, consent_source = null, updated_at = new.at
        where id = new.guardian_id and consent_at is not null;
    elsif new.given then
        update guardian set opted_out_at = null, updated_at = new.at
        where id = new.guardian_id and opted_out_at is not null;
    else
        update guardian set opted_out_at = new.at, updated_at = new.at
        where id = new.guardian_id and opted_out_at is null;
    end if;
    return null;
end;
$$;
create trigger consent_event_apply after insert on consent_event
    for each row execute function consent_event_apply();

-- A guardian whose personal data an admin erased: never messaged again, whatever is still queued.
alter table guardian add column erased_at timestamptz;

-- Each erasure: whom, who did it, when and why; none of the erased data.
create table erasure (
    id          bigint generated always as identity primary key,
    guardian_id bigint      not null references guardian,
    actor       text        not null,
    reason      text        not null check (length(reason) between 1 and 1000),
    at          timestamptz not null
);
create index erasure_guardian on erasure (guardian_id);
