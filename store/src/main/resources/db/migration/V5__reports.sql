-- Periodic progress reports and the end-of-day digest.

-- When a school's reports go out, in its time zone: the daily report on school days, the weekly one on
-- a day of the week, the monthly one on the last school day of the month, the term's on its last day.
alter table school add column report_daily_at time not null default '18:00';
alter table school add column report_weekly_day smallint not null default 5 check (report_weekly_day between 1 and 7);
alter table school add column report_weekly_at time not null default '17:00';
alter table school add column report_monthly_at time not null default '18:00';
alter table school add column report_term_at time not null default '18:00';

-- A guardian who takes the day's absences, marks and notes as one message at this time instead of
-- separate alerts; and the last school day a digest was made for them.
alter table guardian add column digest_at time;
alter table guardian add column digest_done_on date;
create index guardian_digest on guardian (school_id, digest_at) where digest_at is not null;

-- One run of the periodic reports of a school: by the schedule, by an admin, or a digest round.
create table report_run (
    id          bigint generated always as identity primary key,
    school_id   bigint      not null references school,
    period      text        not null check (period in ('day', 'week', 'month', 'term', 'digest')),
    period_from date        not null,
    period_to   date        not null,
    started_by  text        not null,
    node        text        not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    students    integer,
    queued      integer,
    repeated    integer,
    check (period_from <= period_to)
);
create index report_run_school on report_run (school_id, started_at desc);
