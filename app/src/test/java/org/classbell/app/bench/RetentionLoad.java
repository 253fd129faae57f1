package org.classbell.app.bench;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.classbell.store.retention.Retention;
import org.classbell.store.retention.Swept;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One night's retention sweep of the city, after the other phases: the older half of the
 * outbox (by id) moved 200 days back, past the 180 days its texts are kept; the audit log
 * the triggers would have written for the journal of the city's first school day, moved
 * three years and a day back; and the ids of the updates the bot handled, eight days
 * back. The ageing is not timed; the sweep is, with what it blanked and deleted.
 */
final class RetentionLoad {

	private final Node node;

	private final JdbcClient jdbc;

	private final PrintStream out;

	RetentionLoad(Node node, JdbcClient jdbc, PrintStream out) {
		this.node = node;
		this.jdbc = jdbc;
		this.out = out;
	}

	Results.Sweep run(LocalDate firstDay) {
		say("Ageing the outbox, the audit log and the bot's update ids for the retention sweep…");
		this.jdbc.sql("""
				update notification set created_at = created_at - interval '200 days'
				where id <= (select percentile_disc(0.5) within group (order by id) from notification)""").update();
		this.jdbc.sql("""
				insert into audit_log (at, actor, action, entity, entity_id, after)
				select recorded_at - interval '3 years 1 day', 'staff:' || author_id, 'insert', 'mark', id, to_jsonb(m)
				from mark m where day = :day
				union all
				select recorded_at - interval '3 years 1 day', 'staff:' || author_id, 'insert', 'attendance', id,
				       to_jsonb(a)
				from attendance a where day = :day
				union all
				select recorded_at - interval '3 years 1 day', 'staff:' || author_id, 'insert', 'behaviour_note', id,
				       to_jsonb(n)
				from behaviour_note n where day = :day""").param("day", firstDay).update();
		this.jdbc.sql("update chat_update set handled_at = handled_at - interval '8 days'").update();
		for (String table : List.of("notification", "audit_log", "chat_update")) {
			// as autovacuum would have, long before a row grew old
			this.jdbc.sql("vacuum analyze " + table).update();
		}
		long notifications = count("select count(*) from notification");
		long auditRows = count("select count(*) from audit_log");
		say("Retention sweep: %,d notifications, %,d audit log rows…", notifications, auditRows);
		Cpu cpu = Cpu.now();
		Swept swept = this.node.bean(Retention.class).run();
		cpu = Cpu.now().since(cpu);
		Results.Sweep sweep = new Results.Sweep(swept.took().toNanos() / 1e9, swept.messageBodies(), notifications,
				swept.auditLog(), auditRows, swept.telegramUpdates() + swept.inboundSms() + swept.inviteCodes()
						+ swept.pendingChoices() + swept.rateLimitBuckets() + swept.consoleLeftovers(),
				cpu);
		say("Swept in %.2f s: %,d message texts blanked, %,d audit log rows and %,d other rows deleted",
				sweep.seconds(), sweep.blanked(), sweep.deleted(), sweep.other());
		return sweep;
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private void say(String format, Object... args) {
		this.out.printf(Locale.ROOT, format + "%n", args);
		this.out.flush();
	}

}
