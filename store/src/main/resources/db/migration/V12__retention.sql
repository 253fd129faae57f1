-- Retention (store.retention.Retention): what the nightly sweep needs to find the rows it blanks or
-- deletes a batch at a time, oldest first, without reading the rest.

-- The messages that still have a text, by age. The sweep blanks those past the retention, which
-- leave this index; so each of its batches reads the rows it blanks and no others, however many
-- years of blanked messages the outbox holds.
create index notification_text_kept on notification (created_at) where body <> '' or sms_body is not null;

-- The ids of handled Telegram updates, by age: a city's bot handles 100,000 updates on a school day.
create index telegram_update_handled on telegram_update (handled_at);

-- Rate-limit buckets carry when they are full again (Bucket4j's expires_at, milliseconds since the
-- epoch) from now on. Those written before have none: they get a day, longer than the wrong-code
-- period of any sensible setting, after which the sweep deletes them.
update rate_limit_bucket
set expires_at = (extract(epoch from now() + interval '1 day') * 1000)::bigint
where expires_at is null and state is not null;
