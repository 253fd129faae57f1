-- Dispatch: who holds a notification while sending it, and until when; the SMS form of a Telegram
-- message, for when Telegram turns out to be unreachable; and whether quiet hours may hold it.

alter table notification add column sms_body text;
alter table notification add column urgent boolean not null default false;
alter table notification add column claimed_by text;
alter table notification add column lease_until timestamptz;
alter table notification add constraint notification_lease
    check ((status = 'sending') = (lease_until is not null));
create index notification_stale on notification (lease_until) where status = 'sending';
create index notification_guardian on notification (guardian_id, status) where guardian_id is not null;

-- Guardians an announcement could not reach by any channel, for its delivery figures.
alter table announcement add column unreachable integer not null default 0 check (unreachable >= 0);
