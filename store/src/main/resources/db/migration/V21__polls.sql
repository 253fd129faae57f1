-- Polls (issue 17): a class teacher or admin asks the guardians of a class, or of the school, a question
-- with options; guardians answer with buttons in the messenger or with the option's number by SMS.

create table poll (
    id              bigint generated always as identity primary key,
    school_id       bigint      not null references school,
    -- null: the whole school
    class_id        bigint references school_class,
    author_id       bigint      not null references staff,
    question        text        not null check (length(question) between 1 and 300),
    -- anonymous: the results never name who chose what, nor who has not answered
    anonymous       boolean     not null,
    -- several options may be chosen
    multiple        boolean     not null,
    closes_at       timestamptz not null,
    closed_at       timestamptz,
    created_at      timestamptz not null,
    -- when the author was sent the results at the close
    results_sent_at timestamptz,
    check (closes_at > created_at)
);
create index poll_school on poll (school_id, created_at desc);
create index poll_due on poll (closes_at) where closed_at is null;

-- A poll's options, numbered from 1 as guardians answer them by SMS.
create table poll_option (
    poll_id bigint   not null references poll,
    number  smallint not null check (number between 1 and 10),
    text    text     not null check (length(text) between 1 and 100),
    primary key (poll_id, number)
);

-- Who was asked, and by which channel (null: nothing reaches them), so that the share of those who answered
-- and the list of those who have not are exact.
create table poll_recipient (
    poll_id     bigint      not null references poll,
    guardian_id bigint      not null references guardian,
    channel     text check (channel in ('telegram', 'max', 'sms')),
    asked_at    timestamptz not null,
    primary key (poll_id, guardian_id)
);
create index poll_recipient_guardian on poll_recipient (guardian_id);

-- One answer per guardian and poll: the numbers of the options chosen, in order. Not audited: the audit log
-- would tell who chose what in an anonymous poll.
create table poll_answer (
    poll_id     bigint      not null,
    guardian_id bigint      not null,
    options     smallint[]  not null check (cardinality(options) between 1 and 10),
    channel     text        not null check (channel in ('telegram', 'max', 'sms')),
    answered_at timestamptz not null,
    primary key (poll_id, guardian_id),
    foreign key (poll_id, guardian_id) references poll_recipient
);

do
$$
    declare
        audited text;
    begin
        foreach audited in array array ['poll']
            loop
                execute format('create trigger %I_audit_insert_delete after insert or delete on %I '
                                   'for each row execute function audit_change()', audited, audited);
            end loop;
    end
$$;
