package org.classbell.app.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.classbell.notifier.dispatch.Dispatcher;
import org.classbell.store.Timestamps;
import org.classbell.testing.FakeBotApi;
import org.classbell.testing.FakeTwilio;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Absence alerts to the city's guardians, by the channel each has, sent by one node's
 * dispatcher or several through the real TelegramBots and Twilio clients to local servers
 * that answer at once; timed from the first claim until the outbox has recorded every one
 * sent.
 */
final class DispatchLoad {

	private final JdbcClient jdbc;

	private final FakeBotApi telegram;

	private final FakeTwilio twilio;

	private final ShiftedClock clock;

	private final PrintStream out;

	DispatchLoad(JdbcClient jdbc, FakeBotApi telegram, FakeTwilio twilio, ShiftedClock clock, PrintStream out) {
		this.jdbc = jdbc;
		this.telegram = telegram;
		this.twilio = twilio;
		this.clock = clock;
		this.out = out;
	}

	/**
	 * Queues {@code count} notifications of a kind of their own and sends them with the
	 * given dispatchers, one for each node.
	 */
	Results.Dispatch run(List<Dispatcher> dispatchers, String kind, int count) throws InterruptedException {
		int nodes = dispatchers.size();
		Instant now = this.clock.instant();
		long guardians = this.jdbc.sql("select count(*) from guardian").query(Long.class).single();
		this.jdbc
			.sql("""
					insert into notification (school_id, guardian_id, student_id, kind, channel, address, body, segments,
					                          next_attempt_at, created_at, updated_at)
					select g.school_id, g.id, s.id, :kind, case when l.chat_id is null then 'sms' else 'telegram' end,
					       coalesce(l.chat_id::text, g.phone),
					       case when l.chat_id is null then s.first_name || ' (' || c.name || ') 27.11: пропуск уроков 3, 4.'
					            else '🔔 <b>' || s.first_name || '</b>, ' || c.name || ', 27 ноября: пропуск уроков 3, 4.' end,
					       case when l.chat_id is null then 1 end, :now, :now, :now
					from generate_series(1, :rounds) round
					cross join guardian g
					join student_guardian sg on sg.guardian_id = g.id
					join student s on s.id = sg.student_id
					join school_class c on c.id = s.class_id
					left join chat_link l on l.guardian_id = g.id
					order by round, g.id
					limit :count
					""")
			.param("kind", kind)
			.param("now", Timestamps.of(now))
			.param("rounds", count / guardians + 1)
			.param("count", count)
			.update();
		this.telegram.clearRecordings();
		this.twilio.reset();
		say("Dispatching %,d notifications with %d node%s…", count, nodes, (nodes == 1) ? "" : "s");
		Cpu cpu = Cpu.now();
		long started = System.nanoTime();
		dispatchers.forEach(Dispatcher::start);
		long deadline = started + Duration.ofSeconds(60 + count / 100).toNanos();
		// the providers' counts first, as counting in the outbox costs PostgreSQL what it
		// would take from the dispatchers; then the outbox, once they have all
		while (this.telegram.sentCount() + this.twilio.count() < count || sent(kind) < count) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Dispatch did not finish: " + sent(kind) + " of " + count);
			}
			Thread.sleep(20);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		cpu = Cpu.now().since(cpu);
		dispatchers.forEach(Dispatcher::stop);
		int received = this.telegram.sentCount() + this.twilio.count();
		if (received < count) {
			throw new IllegalStateException("The providers took " + received + " of " + count + " notifications");
		}
		say("Dispatched %,d in %.2f s: %,.0f a second (CPU: %.1f s application, %.1f s PostgreSQL)", count, seconds,
				count / seconds, cpu.app(), cpu.database());
		this.telegram.clearRecordings();
		this.twilio.reset();
		return new Results.Dispatch(nodes, count, seconds, cpu);
	}

	private long sent(String kind) {
		return this.jdbc.sql("select count(*) from notification where kind = ? and status = 'sent'")
			.param(kind)
			.query(Long.class)
			.single();
	}

	private void say(String format, Object... args) {
		this.out.printf(Locale.ROOT, format + "%n", args);
		this.out.flush();
	}

}
