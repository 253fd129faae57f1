-- Parents talk back (issue 17): what messages to staff and buttons under notifications need.

-- Buttons under a notification sent in a messenger (an absence alert's answers, a poll's options,
-- a teacher's "excuse" and "reply"), as rows of {"label": ..., "data": ...}: [[{...}, {...}], [...]].
-- SMS never carries them.
alter table notification add column buttons jsonb
    check (buttons is null or jsonb_typeof(buttons) = 'array');

-- Teachers' quiet hours, which hold parents' messages to them until morning: the school's for its
-- staff, and a teacher's own where they set them.
alter table school
    add column staff_quiet_from time not null default '20:00',
    add column staff_quiet_to   time not null default '08:00';
alter table staff
    add column quiet_from time,
    add column quiet_to   time,
    add constraint staff_quiet_hours check ((quiet_from is null) = (quiet_to is null));

-- Whether a parent's «Болеет» answer to an absence alert excuses the absences by itself.
alter table school add column illness_excuses boolean not null default false;

-- Messages to staff (guardian_id is null in them), for what a teacher was told of a parent.
create index notification_staff on notification (staff_id, created_at) where staff_id is not null;
