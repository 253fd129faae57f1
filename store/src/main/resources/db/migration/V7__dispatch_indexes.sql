-- Indexes of the outbox for a city's volumes (measured with the city benchmark, ./bench).

-- The dispatcher claims due notifications in the order (next_attempt_at, id). An index on
-- next_attempt_at alone left PostgreSQL to sort every due notification for each claim of 200:
-- a report run queues a city's reports at one instant, and each claim then sorted all of them
-- (85 ms with 30,000 queued; 0.7 ms with this index, read in order up to the 200th row).
drop index notification_due;
create index notification_due on notification (next_attempt_at, id) where status = 'queued';

-- (status, created_at) served no query well and made the planner read every notification being
-- sent to record one outcome, since it takes 'sending' for rare; the monitoring reports count a
-- school's notifications by when they were written.
drop index notification_status;
create index notification_school_created on notification (school_id, created_at);

-- The outbox is a queue: each message is written once and updated two or three times as it goes.
-- Vacuum it after 2% of its rows changed rather than autovacuum's 20%, so that the claim index
-- sheds the entries of messages already claimed soon (a claim steps over every such entry that
-- neither a vacuum nor an earlier scan has removed: with 100,000 sent and an old snapshot open,
-- 9 ms a claim instead of 1).
alter table notification set (autovacuum_vacuum_scale_factor = 0.02);
