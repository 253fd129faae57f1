-- SMS from parents already acted on, by Twilio's MessageSid: Twilio posts a message again when it
-- thinks the first post failed, and the second post must neither act again nor lose the reply.
-- The reply kept is a canned answer (no phone, no name); rows are forgotten after a few days.
create table inbound_sms (
    message_sid text        primary key check (length(message_sid) between 1 and 64),
    received_at timestamptz not null,
    reply       text
);

create index inbound_sms_received on inbound_sms (received_at);
