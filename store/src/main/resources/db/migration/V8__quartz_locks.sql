-- Quartz's row locks, there from the start: nodes that start at once wait for each other on
-- these rows when they schedule the reports, instead of racing to insert the same jobs and
-- triggers (Quartz would insert a missing lock row itself, and two nodes could race on that too).
insert into qrtz_locks (sched_name, lock_name)
values ('classbell', 'TRIGGER_ACCESS'), ('classbell', 'STATE_ACCESS')
on conflict do nothing;
