-- Parents' answers to absence alerts (issue 17): «Болеет», «Уважительная причина», «Свяжитесь со
-- мной», tapped under the alert in a messenger or sent by SMS. One current answer per child, day and
-- guardian: a new answer replaces the old (the audit log keeps both). When the class teacher (or the
-- school's setting, for «Болеет») excuses the day's absences on the strength of it, excused_at says
-- when and excused_by who (a staff member's id, or null for the setting). Erasing the guardian
-- removes the link to them (guardian_id null) and keeps the anonymous answer.
create table alert_answer (
    id          bigint generated always as identity primary key,
    school_id   bigint      not null references school,
    student_id  bigint      not null references student,
    day         date        not null,
    guardian_id bigint references guardian,
    answer      text        not null check (answer in ('ill', 'reason', 'contact')),
    source      text        not null check (source in ('telegram', 'max', 'sms')),
    answered_at timestamptz not null,
    excused_at  timestamptz,
    excused_by  bigint references staff
);
create unique index alert_answer_current on alert_answer (student_id, day, guardian_id) where guardian_id is not null;
create index alert_answer_guardian on alert_answer (guardian_id) where guardian_id is not null;
create index alert_answer_school_day on alert_answer (school_id, day);

do
$$
    declare
        audited text;
    begin
        foreach audited in array array ['alert_answer']
            loop
                execute format('create trigger %I_audit_insert_delete after insert or delete on %I '
                                   'for each row execute function audit_change()', audited, audited);
                execute format('create trigger %I_audit_update after update on %I '
                                   'for each row when (old.* is distinct from new.*) execute function audit_change()',
                               audited, audited);
            end loop;
    end
$$;
