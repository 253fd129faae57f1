-- That attendance was taken for a lesson: a roll call of it, or absences or latenesses marked for it. A
-- roll call where everyone is present leaves no attendance rows, so without this the administration
-- could not tell a lesson where all came from a lesson where nobody looked. One row per class (and
-- subgroup, where the lesson is a subgroup's), day and lesson; taking it again updates who and when.
-- A whole-day absence is not about a lesson and takes none.

create table attendance_taken (
    id          bigint generated always as identity primary key,
    class_id    bigint      not null references school_class,
    subgroup_id bigint references subgroup,
    day         date        not null,
    lesson_no   smallint    not null check (lesson_no between 0 and 12),
    taken_by    bigint references staff,
    taken_at    timestamptz not null
);
create unique index attendance_taken_slot on attendance_taken (class_id, coalesce(subgroup_id, 0), day, lesson_no);
create index attendance_taken_day on attendance_taken (day);

-- The monitoring of marks asks for each teacher's last mark in each class.
create index mark_author on mark (author_id, recorded_at);

do
$$
    declare
        audited text;
    begin
        foreach audited in array array ['attendance_taken']
            loop
                execute format('create trigger %I_audit_insert_delete after insert or delete on %I '
                                   'for each row execute function audit_change()', audited, audited);
                execute format('create trigger %I_audit_update after update on %I '
                                   'for each row when (old.* is distinct from new.*) execute function audit_change()',
                               audited, audited);
            end loop;
    end
$$;
