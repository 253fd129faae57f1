package org.classbell.app.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.classbell.app.testing.StatementCounter;

/**
 * What the city benchmark measured, as a table for people and one JSON line for programs.
 */
record Results(Setting setting, Generation generation, Reports reports, Dispatch oneNode, Dispatch twoNodes, Bot bot,
		Roster roster, Sweep retention, Backup backup) {

	/** The report run should take at most this many times the bare aggregate. */
	static final double REPORT_RATIO_TARGET = 3;

	/** Notifications a second dispatch should reach. */
	static final double DISPATCH_TARGET = 2000;

	/** The bot's p99, in milliseconds, should stay under this. */
	static final double BOT_P99_TARGET = 50;

	private static final double MB = 1024 * 1024;

	/**
	 * What the benchmark ran on.
	 */
	record Setting(String scale, int schools, int students, int guardians, int weeks, int cores, String java,
			String database) {

	}

	record Generation(long rows, double seconds) {

	}

	/**
	 * The weekly report run of the whole city.
	 *
	 * @param seconds wall time of the run
	 * @param students students whose reports were made
	 * @param queued outbox rows written
	 * @param statements SQL statements sent, a JDBC batch counting once
	 * @param byKind the statements by their first word
	 * @param jdbcSeconds the time spent in JDBC calls, all threads together
	 * @param slowest the statements that took longest in all, as lines
	 * @param aggregateSeconds the bare aggregate query over the same week's rows
	 * @param heapBytes peak heap in use during the run
	 * @param rssBytes peak resident set of the process during the run
	 * @param threads schools run at once (Quartz's threads)
	 * @param cpu CPU time the run took, in the application and in PostgreSQL
	 */
	record Reports(double seconds, long students, long queued, long statements, Map<String, Long> byKind,
			double jdbcSeconds, List<String> slowest, double aggregateSeconds, long heapBytes, long rssBytes,
			int threads, Cpu cpu) {

		double perSecond() {
			return this.students / this.seconds;
		}

		double ratio() {
			return this.seconds / this.aggregateSeconds;
		}

		static Reports of(double seconds, long students, long queued, StatementCounter.Figures figures,
				double aggregateSeconds, Peaks peaks, int threads, Cpu cpu) {
			List<String> slowest = figures.byStatement()
				.stream()
				.limit(6)
				.map((timed) -> String.format(Locale.ROOT, "%6d x %7.0f ms  %s", timed.count(), timed.nanos() / 1e6,
						timed.start()))
				.toList();
			return new Reports(seconds, students, queued, figures.statements(), figures.byKind(), figures.seconds(),
					slowest, aggregateSeconds, peaks.heapBytes(), peaks.rssBytes(), threads, cpu);
		}

	}

	record Dispatch(int nodes, int notifications, double seconds, Cpu cpu) {

		double perSecond() {
			return this.notifications / this.seconds;
		}

	}

	/**
	 * {@code /absent} through the local Bot API server.
	 *
	 * @param updates updates sent by all teachers at once
	 * @param teachers teachers sending at once, each waiting for the answer before the
	 * next
	 * @param seconds wall time of the measured updates
	 * @param p50 median time from the update to the answer, sent after the commit, in ms
	 * @param p99 its 99th percentile, in ms
	 * @param max the longest, in ms
	 * @param cpu CPU time the measured updates took, in the application and in PostgreSQL
	 */
	record Bot(int updates, int teachers, double seconds, double p50, double p99, double max, Cpu cpu, int paced,
			double rate, double pacedP50, double pacedP99, double pacedMax) {

		double perSecond() {
			return this.updates / this.seconds;
		}

	}

	record Roster(int rows, double seconds, Cpu cpu) {

		double perSecond() {
			return this.rows / this.seconds;
		}

	}

	/**
	 * One night's retention sweep of the city.
	 *
	 * @param seconds wall time of the sweep
	 * @param blanked message texts blanked
	 * @param notifications the outbox's rows, blanked or not
	 * @param deleted audit log rows deleted
	 * @param auditRows the audit log's rows before the sweep
	 * @param other update ids, SMS ids, invite codes, choices and buckets deleted
	 * @param cpu CPU time the sweep took, in the application and in PostgreSQL
	 */
	record Sweep(double seconds, long blanked, long notifications, long deleted, long auditRows, long other, Cpu cpu) {

	}

	/**
	 * One night's backup of the city, and its restore check.
	 *
	 * @param seconds wall time of writing the backup
	 * @param bytes the backup file's size
	 * @param rows the rows it holds
	 * @param restoreSeconds wall time of restoring it into a scratch database and
	 * counting its rows
	 * @param cpu CPU time both took, in the application and in PostgreSQL
	 */
	record Backup(double seconds, long bytes, long rows, double restoreSeconds, Cpu cpu) {

	}

	String table() {
		StringBuilder out = new StringBuilder();
		line(out,
				"%nClassBell city benchmark (scale %s): %,d schools, %,d students, %,d guardians, %d weeks of journal",
				this.setting.scale(), this.setting.schools(), this.setting.students(), this.setting.guardians(),
				this.setting.weeks());
		line(out, "on %d cores, Java %s, %s", this.setting.cores(), this.setting.java(), this.setting.database());
		line(out, "");
		line(out, "%-40s %-34s %s", "", "measured", "floor or target");
		line(out, "%-40s %-34s %s", "city generated (COPY)",
				String.format(Locale.ROOT, "%,d rows in %.1f s", this.generation.rows(), this.generation.seconds()),
				"");
		line(out, "%-40s %-34s %s", "weekly report run, whole city",
				String.format(Locale.ROOT, "%.2f s, %,.0f students/s", this.reports.seconds(),
						this.reports.perSecond()),
				String.format(Locale.ROOT, "bare aggregate %.2f s: %.1f× (target ≤ %.0f×)",
						this.reports.aggregateSeconds(), this.reports.ratio(), REPORT_RATIO_TARGET));
		line(out, "%-40s %-34s %s", "  outbox rows written", String.format(Locale.ROOT, "%,d", this.reports.queued()),
				"");
		line(out, "%-40s %-34s %s", "  SQL statements",
				String.format(Locale.ROOT, "%,d %s", this.reports.statements(), this.reports.byKind()), "");
		line(out, "%-40s %-34s %s", "  in JDBC calls, all threads",
				String.format(Locale.ROOT, "%.1f s (%d threads)", this.reports.jdbcSeconds(), this.reports.threads()),
				"");
		line(out, "%-40s %-34s %s", "  CPU: application / PostgreSQL", cpu(this.reports.cpu()), "");
		line(out, "%-40s %-34s %s", "  peak heap / RSS", String.format(Locale.ROOT, "%,.0f MB / %,.0f MB",
				this.reports.heapBytes() / MB, this.reports.rssBytes() / MB), "");
		line(out, "%-40s %-34s %s", "dispatch, one node",
				String.format(Locale.ROOT, "%,.0f notifications/s", this.oneNode.perSecond()),
				String.format(Locale.ROOT, "target %,.0f/s", DISPATCH_TARGET));
		line(out, "%-40s %-34s %s", "dispatch, two nodes on one database",
				String.format(Locale.ROOT, "%,.0f notifications/s", this.twoNodes.perSecond()),
				String.format(Locale.ROOT, "target %,.0f/s", DISPATCH_TARGET));
		line(out, "%-40s %-34s %s", String.format(Locale.ROOT, "bot /absent, %d teachers at once", this.bot.teachers()),
				String.format(Locale.ROOT, "%,.0f updates/s, p50 %.0f ms, p99 %.0f ms", this.bot.perSecond(),
						this.bot.p50(), this.bot.p99()),
				"");
		line(out, "%-40s %-34s %s",
				String.format(Locale.ROOT, "bot /absent, %.0f a second (%d updates)", this.bot.rate(),
						this.bot.paced()),
				String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms", this.bot.pacedP50(), this.bot.pacedP99()),
				String.format(Locale.ROOT, "target p99 ≤ %.0f ms", BOT_P99_TARGET));
		line(out, "%-40s %-34s %s", String.format(Locale.ROOT, "roster import, %,d rows", this.roster.rows()),
				String.format(Locale.ROOT, "%,.0f rows/s (%.1f s)", this.roster.perSecond(), this.roster.seconds()),
				"");
		line(out, "%-40s %-34s %s", "retention sweep, one night",
				String.format(Locale.ROOT, "%.2f s", this.retention.seconds()), "");
		line(out, "%-40s %-34s %s", "  message texts blanked", String.format(Locale.ROOT, "%,d of %,d notifications",
				this.retention.blanked(), this.retention.notifications()), "");
		line(out, "%-40s %-34s %s", "  audit log rows deleted",
				String.format(Locale.ROOT, "%,d of %,d", this.retention.deleted(), this.retention.auditRows()), "");
		line(out, "%-40s %-34s %s", "  other rows deleted (update ids…)",
				String.format(Locale.ROOT, "%,d", this.retention.other()), "");
		line(out, "%-40s %-34s %s", "backup, one night", String.format(Locale.ROOT, "%.1f s, %,.1f MB, %,d rows",
				this.backup.seconds(), this.backup.bytes() / 1e6, this.backup.rows()), "");
		line(out, "%-40s %-34s %s", "  restore (the backup's restore check)",
				String.format(Locale.ROOT, "%.1f s", this.backup.restoreSeconds()), "");
		line(out, "%-40s %-34s %s", "CPU: application / PostgreSQL", "", "");
		line(out, "%-40s %-34s %s", "  dispatch, one node / two nodes",
				cpu(this.oneNode.cpu()) + " / " + cpu(this.twoNodes.cpu()), "");
		line(out, "%-40s %-34s %s", "  bot / roster import", cpu(this.bot.cpu()) + " / " + cpu(this.roster.cpu()), "");
		line(out, "%-40s %-34s %s", "  retention sweep", cpu(this.retention.cpu()), "");
		line(out, "%-40s %-34s %s", "  backup and its restore check", cpu(this.backup.cpu()), "");
		line(out, "");
		line(out, "Report run, the statements that took longest (count, time in JDBC, statement):");
		this.reports.slowest().forEach((slow) -> line(out, "  %s", slow));
		line(out, "");
		return out.toString();
	}

	String json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("benchmark", "classbell-city");
		json.put("scale", this.setting.scale());
		json.put("schools", this.setting.schools());
		json.put("students", this.setting.students());
		json.put("guardians", this.setting.guardians());
		json.put("weeks", this.setting.weeks());
		json.put("cores", this.setting.cores());
		json.put("generation", fields("rows", this.generation.rows(), "seconds", round(this.generation.seconds())));
		Map<String, Object> reports = new LinkedHashMap<>();
		reports.put("seconds", round(this.reports.seconds()));
		reports.put("studentsPerSecond", round(this.reports.perSecond()));
		reports.put("outboxRows", this.reports.queued());
		reports.put("statements", this.reports.statements());
		reports.put("jdbcSeconds", round(this.reports.jdbcSeconds()));
		reports.put("aggregateSeconds", round(this.reports.aggregateSeconds()));
		reports.put("ratio", round(this.reports.ratio()));
		reports.put("peakHeapMb", round(this.reports.heapBytes() / MB));
		reports.put("peakRssMb", round(this.reports.rssBytes() / MB));
		reports.put("cpuAppSeconds", round(this.reports.cpu().app()));
		reports.put("cpuDatabaseSeconds", round(this.reports.cpu().database()));
		json.put("weeklyReports", reports);
		json.put("dispatch", fields("notifications", this.oneNode.notifications(), "oneNodePerSecond",
				round(this.oneNode.perSecond()), "twoNodesPerSecond", round(this.twoNodes.perSecond())));
		Map<String, Object> bot = new LinkedHashMap<>();
		bot.put("updates", this.bot.updates());
		bot.put("teachers", this.bot.teachers());
		bot.put("updatesPerSecond", round(this.bot.perSecond()));
		bot.put("p50Ms", round(this.bot.p50()));
		bot.put("p99Ms", round(this.bot.p99()));
		bot.put("maxMs", round(this.bot.max()));
		bot.put("paced", fields("updates", this.bot.paced(), "perSecond", this.bot.rate(), "p50Ms",
				round(this.bot.pacedP50()), "p99Ms", round(this.bot.pacedP99()), "maxMs", round(this.bot.pacedMax())));
		json.put("bot", bot);
		json.put("rosterImport", fields("rows", this.roster.rows(), "rowsPerSecond", round(this.roster.perSecond())));
		json.put("retention",
				fields("seconds", round(this.retention.seconds()), "messageBodiesBlanked", this.retention.blanked(),
						"notifications", this.retention.notifications(), "auditLogDeleted", this.retention.deleted(),
						"auditLogRows", this.retention.auditRows(), "otherDeleted", this.retention.other(),
						"cpuAppSeconds", round(this.retention.cpu().app()), "cpuDatabaseSeconds",
						round(this.retention.cpu().database())));
		json.put("backup",
				fields("seconds", round(this.backup.seconds()), "bytes", this.backup.bytes(), "rows",
						this.backup.rows(), "restoreSeconds", round(this.backup.restoreSeconds()), "cpuAppSeconds",
						round(this.backup.cpu().app()), "cpuDatabaseSeconds", round(this.backup.cpu().database())));
		return JsonMapper.builder().build().writeValueAsString(json);
	}

	private static String cpu(Cpu cpu) {
		return String.format(Locale.ROOT, "%.1f s / %.1f s", cpu.app(), cpu.database());
	}

	private static Map<String, Object> fields(Object... namesAndValues) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private static void line(StringBuilder out, String format, Object... args) {
		out.append(String.format(Locale.ROOT, format, args).stripTrailing()).append(System.lineSeparator());
	}

}
