-- MAX, the national messenger, as a second messenger next to Telegram: the bot's tables hold the accounts,
-- links, updates and choices of either, told apart by a messenger column. The tables and columns named
-- after Telegram are renamed for what they now hold; every existing row is Telegram's.

-- Who is behind a messenger account. A person may link one account in each messenger.
alter table telegram_link rename to chat_link;
alter table chat_link rename column telegram_user_id to user_id;
alter table chat_link add column messenger text not null default 'telegram' check (messenger in ('telegram', 'max'));
alter table chat_link drop constraint telegram_link_staff_id_key;
alter table chat_link drop constraint telegram_link_guardian_id_key;
create unique index chat_link_staff on chat_link (staff_id, messenger) where staff_id is not null;
create unique index chat_link_guardian on chat_link (guardian_id, messenger) where guardian_id is not null;
drop index telegram_link_staff_user;
drop index telegram_link_guardian_user;
create unique index chat_link_staff_user on chat_link (messenger, user_id) where staff_id is not null;
create unique index chat_link_guardian_user on chat_link (messenger, user_id) where guardian_id is not null;

-- Every account that wrote to the bot, in either messenger.
alter table telegram_account rename to chat_account;
alter table chat_account rename column telegram_user_id to user_id;
alter table chat_account add column messenger text not null default 'telegram' check (messenger in ('telegram', 'max'));
alter table chat_account drop constraint telegram_account_pkey;
alter table chat_account add primary key (messenger, user_id);

-- Updates already handled, by the messenger's id for them (MAX's message and callback ids, which are
-- strings, are kept as the first 64 bits of their SHA-256).
alter table telegram_update rename to chat_update;
alter table chat_update add column messenger text not null default 'telegram' check (messenger in ('telegram', 'max'));
alter table chat_update drop constraint telegram_update_pkey;
alter table chat_update add primary key (messenger, update_id);
alter index telegram_update_handled rename to chat_update_handled;

-- Choices offered with buttons, by the account they were offered to.
alter table bot_pending rename column telegram_user_id to user_id;
alter table bot_pending add column messenger text not null default 'telegram' check (messenger in ('telegram', 'max'));
drop index bot_pending_user;
create index bot_pending_user on bot_pending (messenger, user_id);

-- Notifications by MAX; a guardian may prefer either messenger (nothing: the one linked last).
alter table notification drop constraint notification_channel_check;
alter table notification add constraint notification_channel_check check (channel in ('telegram', 'max', 'sms'));
alter table guardian drop constraint guardian_preferred_channel_check;
alter table guardian add constraint guardian_preferred_channel_check
    check (preferred_channel in ('telegram', 'max', 'sms'));

-- Consent given with the bot's button in MAX.
alter table guardian drop constraint guardian_consent_source_check;
alter table guardian add constraint guardian_consent_source_check
    check (consent_source in ('roster', 'telegram', 'max', 'sms', 'admin'));
alter table consent_event drop constraint consent_event_source_check;
alter table consent_event add constraint consent_event_source_check
    check (source in ('roster', 'telegram', 'max', 'sms', 'admin'));

-- The audit triggers keep working on the renamed table; their names follow it.
alter trigger telegram_link_audit_insert_delete on chat_link rename to chat_link_audit_insert_delete;
alter trigger telegram_link_audit_update on chat_link rename to chat_link_audit_update;

-- Where a bot's long polling stands: MAX answers a poll without a marker with the last update only, so
-- the node that takes the polling over goes on from the marker the one before it confirmed.
create table chat_poll (
    bot        text primary key,
    marker     bigint      not null,
    updated_at timestamptz not null
);

-- The links' other names follow the table.
alter index telegram_link_pkey rename to chat_link_pkey;
alter sequence telegram_link_id_seq rename to chat_link_id_seq;
