-- A school's own SMS segment budget for each kind of message, set with PUT /api/settings. Null takes
-- the deployment's default (CLASSBELL_NOTIFIER_SMS_ALERT_SEGMENTS and the like).
alter table school
    add column sms_alert_segments        smallint check (sms_alert_segments between 1 and 10),
    add column sms_announcement_segments smallint check (sms_announcement_segments between 1 and 10),
    add column sms_report_segments       smallint check (sms_report_segments between 1 and 10);
