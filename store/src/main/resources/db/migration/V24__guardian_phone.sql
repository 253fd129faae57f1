-- A phone across a city's schools: whether a parent's phone is a guardian's in another school too (the
-- school's name heads their messages), and which schools a parent's SMS may be about, look a phone up
-- in every school.
create index guardian_phone_any on guardian (phone) where phone is not null;
