-- One messenger account across a city's schools: a teacher who works in two schools links both staff
-- records to one account, and a parent with children in two schools links both guardian records. An
-- account is still at most one staff member and one guardian in each school.
alter table chat_link add column school_id bigint references school;
update chat_link set school_id = coalesce((select staff.school_id from staff where staff.id = chat_link.staff_id),
                                          (select guardian.school_id from guardian where guardian.id = chat_link.guardian_id));
alter table chat_link alter column school_id set not null;

-- The school of a link is its staff member's or guardian's, filled in by the database.
create function chat_link_school() returns trigger
    language plpgsql as
$$
begin
    new.school_id := coalesce((select staff.school_id from staff where staff.id = new.staff_id),
                              (select guardian.school_id from guardian where guardian.id = new.guardian_id));
    return new;
end;
$$;
create trigger chat_link_school before insert or update of staff_id, guardian_id on chat_link
    for each row execute function chat_link_school();

drop index chat_link_staff_user;
drop index chat_link_guardian_user;
create unique index chat_link_staff_user on chat_link (messenger, user_id, school_id) where staff_id is not null;
create unique index chat_link_guardian_user on chat_link (messenger, user_id, school_id) where guardian_id is not null;
