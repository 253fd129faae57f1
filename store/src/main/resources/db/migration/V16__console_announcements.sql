-- Announcements made in the web console by the operator, who is no staff member: such an
-- announcement has no author_id; the audit log names who made it ('operator').
alter table announcement alter column author_id drop not null;
