-- Messages between parents and the class teacher (issue 17): a parent's text to the bot or free-text
-- SMS about a child, relayed to the child's class teacher, and the teacher's reply relayed back.

-- One conversation per guardian and child, kept for the school. A class teacher may mute it: the
-- parent's messages are then kept but not passed on, until they unmute it.
create table relay_conversation (
    id          bigint generated always as identity primary key,
    school_id   bigint      not null references school,
    guardian_id bigint      not null references guardian,
    student_id  bigint      not null references student,
    muted_at    timestamptz,
    muted_by    bigint references staff,
    created_at  timestamptz not null,
    last_at     timestamptz not null,
    unique (guardian_id, student_id),
    constraint relay_conversation_muted check ((muted_at is null) = (muted_by is null))
);
create index relay_conversation_school on relay_conversation (school_id, last_at);
create index relay_conversation_student on relay_conversation (student_id);

-- Each message of a conversation, either way. The text is the parent's or the teacher's own words:
-- the retention sweep blanks it with the outbox's texts, and an erasure of the guardian deletes it.
-- The staff member is the author of a reply, or for a parent's message the class teacher it went
-- to. Its status says what became of a parent's message: passed on, kept because the conversation
-- is muted, or kept because the class has no class teacher ClassBell can write to. The
-- notifications that carried it are in the outbox (their ids here; the outbox keeps no link back).
create table relay_message (
    id               bigint generated always as identity primary key,
    conversation_id  bigint      not null references relay_conversation,
    direction        text        not null check (direction in ('to_teacher', 'to_parent')),
    staff_id         bigint references staff,
    status           text        not null check (status in ('relayed', 'muted', 'no_teacher')),
    channel          text        not null check (channel in ('telegram', 'max', 'sms')),
    body             text        not null check (length(body) <= 2000),
    notification_ids bigint[]    not null default '{}',
    created_at       timestamptz not null,
    check (direction = 'to_teacher' or staff_id is not null)
);
-- a parent's messages in the last hour and day, for the rate limit
create index relay_message_conversation on relay_message (conversation_id, created_at);
-- the texts the retention sweep has yet to blank, oldest first
create index relay_message_text_kept on relay_message (created_at) where body <> '';

-- Who muted or unmuted a conversation, and when, is audited; the messages are not: their texts are
-- personal data the retention and erasure rules remove, which an audit copy would outlive.
create trigger relay_conversation_audit_insert_delete after insert or delete on relay_conversation
    for each row execute function audit_change();
create trigger relay_conversation_audit_update after update on relay_conversation
    for each row when (old.muted_at is distinct from new.muted_at) execute function audit_change();
