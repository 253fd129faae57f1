-- What the Telegram bot needs: updates handled once, accounts and their language, pending choices,
-- journal entries that can be undone, announcements, and rate-limit buckets.

-- Updates already handled: Telegram redelivers the ones a crashed client did not confirm.
create table telegram_update (
    update_id  bigint primary key,
    handled_at timestamptz not null
);

-- Every Telegram account that wrote to the bot, linked or not, with the language it asked for.
create table telegram_account (
    telegram_user_id bigint primary key,
    chat_id          bigint      not null,
    language         text check (language in ('ru', 'en')),
    first_seen_at    timestamptz not null,
    last_seen_at     timestamptz not null
);

-- A guardian confirms consent to data processing in Telegram before the bot shows them anything.
alter table telegram_link add column consented_at timestamptz;

-- Choices the bot offered with buttons and is waiting for: a student among candidates, a roll call
-- being taken. Callback data names the row, so a tap on any node finds it.
create table bot_pending (
    id               bigint generated always as identity primary key,
    telegram_user_id bigint      not null,
    kind             text        not null,
    payload          jsonb       not null,
    created_at       timestamptz not null,
    expires_at       timestamptz not null
);
create index bot_pending_user on bot_pending (telegram_user_id);

-- The transaction a change was made in, so that one journal entry can be undone as a whole.
alter table audit_log add column txid bigint not null default txid_current();
create index audit_log_txid on audit_log (txid);

-- One teacher's command that changed the journal, undoable by its author for a while.
create table journal_entry (
    id         bigint generated always as identity primary key,
    school_id  bigint      not null references school,
    author_id  bigint      not null references staff,
    kind       text        not null,
    txid       bigint      not null unique,
    created_at timestamptz not null,
    undone_at  timestamptz
);
create index journal_entry_author on journal_entry (author_id, created_at desc);

-- A message of a class teacher or admin to every subscribed guardian of a class, or of the school.
create table announcement (
    id         bigint generated always as identity primary key,
    school_id  bigint      not null references school,
    author_id  bigint      not null references staff,
    class_id   bigint references school_class,
    text       text        not null check (length(text) between 1 and 3000),
    created_at timestamptz not null
);

-- What a notification is about, such as one child's attendance on one day: later changes to the same
-- topic update a queued message or follow a sent one with a correction.
alter table notification add column topic text;
alter table notification add column announcement_id bigint references announcement;
create index notification_topic on notification (topic, guardian_id);
create index notification_announcement on notification (announcement_id) where announcement_id is not null;

-- Rate-limit buckets (Bucket4j's PostgreSQL store), such as wrong invite codes per Telegram account.
create table rate_limit_bucket (
    id         bigint primary key,
    state      bytea,
    expires_at bigint
);

do
$$
    declare
        audited text;
    begin
        foreach audited in array array ['announcement']
            loop
                execute format('create trigger %I_audit_insert_delete after insert or delete on %I '
                                   'for each row execute function audit_change()', audited, audited);
            end loop;
    end
$$;
