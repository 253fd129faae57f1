package org.classbell.app.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.classbell.app.testing.StatementCounter;
import org.classbell.notifier.dispatch.Dispatcher;
import org.classbell.testing.FakeBotApi;
import org.classbell.testing.FakeTwilio;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The city benchmark: generates a city ({@link City}) in an empty database, runs the
 * weekly reports of all its schools as the schedule would, dispatches notifications to
 * instant local Telegram and Twilio servers with one node and with two, sends the bot
 * {@code /absent} updates from many teachers at once, imports a large roster, runs a
 * night's retention sweep on what all that left, backs the city up and restores the
 * backup to check it, and prints a table and one JSON line of what it measured. The
 * application runs in this JVM (so its SQL statements can be counted and its clock set to
 * the week the journal was written for); its database is an embedded PostgreSQL of its
 * own, or the one {@code SPRING_DATASOURCE_URL} names. Run it with {@code ./bench}.
 */
public final class CityBenchmark {

	static final String BOT_TOKEN = "770077:CITY-bench-token";

	static final String ADMIN_TOKEN = "city-bench-admin-token";

	/** The node's default school, which stays empty. */
	static final String SCHOOL = "Бенчмарк: городской узел";

	/**
	 * The code of the school made last, which the roster is imported into with its own
	 * token.
	 */
	static final String ROSTER_SCHOOL = "roster";

	/** The Monday of the journal's last week; its reports go out on Friday at 17:00. */
	static final LocalDate LAST_MONDAY = LocalDate.of(2026, 11, 23);

	private final Scale scale;

	private final Map<String, Object> database;

	private final PrintStream out;

	/**
	 * @param database the database's {@code spring.datasource.*} properties, or empty for
	 * an embedded PostgreSQL of the benchmark's own
	 */
	CityBenchmark(Scale scale, Map<String, Object> database, PrintStream out) {
		this.scale = scale;
		this.database = database;
		this.out = out;
	}

	public static void main(String[] args) throws Exception {
		Scale scale;
		try {
			scale = Scale.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage().isEmpty() ? Scale.USAGE : ex.getMessage() + "\n\n" + Scale.USAGE);
			System.exit(ex.getMessage().isEmpty() ? 0 : 2);
			return;
		}
		Map<String, Object> database = new HashMap<>();
		String url = System.getenv("SPRING_DATASOURCE_URL");
		if (url != null && !url.isBlank()) {
			database.put("spring.datasource.url", url);
			database.put("spring.datasource.username", env("SPRING_DATASOURCE_USERNAME"));
			database.put("spring.datasource.password", env("SPRING_DATASOURCE_PASSWORD"));
		}
		new CityBenchmark(scale, database, System.out).run();
		System.exit(0);
	}

	private static String env(String name) {
		String value = System.getenv(name);
		return (value != null) ? value : "";
	}

	Results run() throws Exception {
		Path home = Files.createTempDirectory("classbell-bench-");
		ShiftedClock clock = new ShiftedClock();
		clock.moveTo(at(LAST_MONDAY.plusDays(4), LocalTime.of(17, 0)));
		StatementCounter statements = new StatementCounter();
		try (FakeBotApi telegram = new FakeBotApi(BOT_TOKEN).username("city_bench_bot");
				FakeTwilio twilio = new FakeTwilio("AC" + "c1".repeat(16), "city-bench-auth-token")) {
			say("Starting ClassBell (%s)…", this.database.isEmpty() ? "embedded PostgreSQL in " + home
					: "on " + this.database.get("spring.datasource.url"));
			try (Node first = Node.start(properties(home.resolve("first"), this.database, telegram, twilio), clock,
					statements.wrapping())) {
				Dispatcher firstDispatcher = first.bean(Dispatcher.class);
				firstDispatcher.stop();
				JdbcClient jdbc = JdbcClient.create(first.dataSource());
				refuseUnlessEmpty(jdbc);
				City.Shape shape = new City.Shape(this.scale.schools(), this.scale.studentsPerSchool(),
						this.scale.weeks(), LAST_MONDAY);
				say("Generating %,d schools of %,d students with %d weeks of journal…", shape.schools(),
						shape.studentsPerSchool(), shape.weeks());
				CityAdmin admin = new CityAdmin(first.port(), ADMIN_TOKEN);
				long making = System.nanoTime();
				for (int s = 0; s < shape.schools(); s++) {
					admin.school(CityAdmin.code(s), "Школа №" + (s + 1));
				}
				long[] schools = jdbc.sql("select id from school where code ~ '^sch[0-9]+$' order by id")
					.query(Long.class)
					.list()
					.stream()
					.mapToLong(Long::longValue)
					.toArray();
				say("Made %,d schools through the schools API in %.1f s", schools.length,
						(System.nanoTime() - making) / 1e9);
				City.Written city = new City(first.dataSource(), shape).write(schools);
				say("Generated %,d rows in %.1f s", city.rows(), city.seconds());
				Results.Reports reports = new ReportLoad(first, jdbc, statements, LAST_MONDAY, this.out).run(city);
				jdbc.sql("update notification set status = 'cancelled', updated_at = now() where status = 'queued'")
					.update();
				DispatchLoad dispatch = new DispatchLoad(jdbc, telegram, twilio, clock, this.out);
				Results.Dispatch oneNode = dispatch.run(List.of(firstDispatcher), "bench-one",
						this.scale.notifications());
				Results.Dispatch twoNodes;
				say("Starting a second node on the same database…");
				try (Node second = Node.start(properties(home.resolve("second"), first.database(), telegram, twilio),
						clock)) {
					Dispatcher secondDispatcher = second.bean(Dispatcher.class);
					secondDispatcher.stop();
					twoNodes = dispatch.run(List.of(firstDispatcher, secondDispatcher), "bench-two",
							this.scale.notifications());
				}
				Results.Bot bot = new BotLoad(telegram, jdbc, clock).run(city.classTeachers(), this.scale.teachers(),
						this.scale.updates(), LAST_MONDAY.plusWeeks(1));
				say("Bot: %,d updates from %d teachers at once, %.0f a second; p50 %.1f ms, p99 %.1f ms; "
						+ "%,d at %.0f a second: p50 %.1f ms, p99 %.1f ms", bot.updates(), bot.teachers(),
						bot.perSecond(), bot.p50(), bot.p99(), bot.paced(), bot.rate(), bot.pacedP50(), bot.pacedP99());
				admin.school(ROSTER_SCHOOL, "Бенчмарк: загрузка списка");
				Results.Roster roster = new RosterLoad(first.port(), ROSTER_SCHOOL,
						admin.token(ROSTER_SCHOOL, "Секретарь"))
					.run(this.scale.rosterRows());
				say("Roster: %,d rows in %.1f s", roster.rows(), roster.seconds());
				Results.Sweep retention = new RetentionLoad(first, jdbc, this.out)
					.run(LAST_MONDAY.minusWeeks(shape.weeks() - 1));
				Results.Backup backup = new BackupLoad(first, this.out).run();
				Results results = new Results(setting(jdbc), new Results.Generation(city.rows(), city.seconds()),
						reports, oneNode, twoNodes, bot, roster, retention, backup);
				this.out.print(results.table());
				this.out.println(results.json());
				return results;
			}
		}
		finally {
			delete(home);
		}
	}

	/**
	 * Refuses a database that holds anything but the school the node made at start.
	 */
	private void refuseUnlessEmpty(JdbcClient jdbc) {
		long schools = jdbc.sql("select count(*) from school where name <> ?").param(SCHOOL).query(Long.class).single();
		long students = jdbc.sql("select count(*) from student").query(Long.class).single();
		if (schools + students > 0) {
			throw new IllegalStateException("The database holds " + schools + " schools and " + students
					+ " students: the benchmark fills an empty ClassBell database only");
		}
	}

	private Results.Setting setting(JdbcClient jdbc) {
		String version = jdbc.sql("show server_version").query(String.class).single();
		int guardians = jdbc
			.sql("select count(*) from guardian g join school s on s.id = g.school_id "
					+ "where s.name like 'Школа №%'")
			.query(Integer.class)
			.single();
		return new Results.Setting(this.scale.name(), this.scale.schools(),
				this.scale.schools() * this.scale.studentsPerSchool(), guardians, this.scale.weeks(),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				"PostgreSQL " + version.split(" ")[0] + (this.database.isEmpty() ? " (embedded)" : ""));
	}

	private static Map<String, Object> properties(Path home, Map<String, Object> database, FakeBotApi telegram,
			FakeTwilio twilio) {
		Map<String, Object> properties = new HashMap<>(database);
		properties.put("classbell.home", home.toString());
		properties.put("server.port", "0");
		properties.put("classbell.admin.token", ADMIN_TOKEN);
		properties.put("classbell.school.name", SCHOOL);
		properties.put("classbell.telegram.token", BOT_TOKEN);
		properties.put("classbell.telegram.api-url", telegram.url().toString());
		properties.put("classbell.twilio.account-sid", twilio.accountSid());
		properties.put("classbell.twilio.auth-token", twilio.authToken());
		properties.put("classbell.twilio.from", "+15005550006");
		properties.put("classbell.twilio.api-url", twilio.url().toString());
		properties.put("classbell.notifier.dispatch.telegram-per-second", "0");
		properties.put("classbell.notifier.dispatch.telegram-chat-per-second", "0");
		properties.put("classbell.notifier.dispatch.sms-per-second", "0");
		properties.put("classbell.reports.scheduled", "false");
		// the city's roster, 100,000 rows, as one file
		properties.put("classbell.import.max-size", "64MB");
		properties.put("logging.level.root", "WARN");
		properties.put("spring.main.banner-mode", "off");
		return properties;
	}

	static Instant at(LocalDate day, LocalTime time) {
		return ZonedDateTime.of(day, time, City.ZONE).toInstant();
	}

	private void say(String format, Object... args) {
		this.out.printf(Locale.ROOT, format + "%n", args);
		this.out.flush();
	}

	private static void delete(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

}
