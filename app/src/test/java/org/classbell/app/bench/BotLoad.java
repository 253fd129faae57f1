package org.classbell.app.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.classbell.bot.testing.FakeBotApi;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Class teachers marking absences through the local Bot API server at once, each sending
 * {@code /absent <class> @<lesson> <register number>} and waiting for the bot's answer
 * before the next, as a teacher would; the bot answers after the entry and its
 * notifications have committed. Each teacher first sends ten updates that are not
 * measured, for the JIT and the connection pool.
 */
final class BotLoad {

	private static final int WARM_UP = 10;

	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

	private final FakeBotApi telegram;

	private final JdbcClient jdbc;

	private final ShiftedClock clock;

	BotLoad(FakeBotApi telegram, JdbcClient jdbc, ShiftedClock clock) {
		this.telegram = telegram;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Sends the updates on the morning of {@code day}, spread over teachers of the whole
	 * city.
	 */
	Results.Bot run(List<City.ClassTeacher> classTeachers, int teachers, int updates, LocalDate day) throws Exception {
		this.clock.moveTo(CityBenchmark.at(day, LocalTime.of(9, 0)));
		this.telegram.clearRecordings();
		List<City.ClassTeacher> chosen = new ArrayList<>();
		for (int t = 0; t < teachers; t++) {
			chosen.add(classTeachers.get((int) ((long) t * classTeachers.size() / teachers)));
		}
		long[] nanos = new long[updates];
		ExecutorService pool = Executors.newFixedThreadPool(teachers);
		try {
			List<Future<?>> warming = new ArrayList<>();
			for (City.ClassTeacher teacher : chosen) {
				warming.add(pool.submit(() -> send(teacher, 0, WARM_UP, 11, null, 0)));
			}
			for (Future<?> warm : warming) {
				warm.get();
			}
			List<Future<?>> running = new ArrayList<>();
			Cpu cpu = Cpu.now();
			long started = System.nanoTime();
			int offset = 0;
			for (int t = 0; t < teachers; t++) {
				int count = updates / teachers + ((t < updates % teachers) ? 1 : 0);
				City.ClassTeacher teacher = chosen.get(t);
				int from = offset;
				running.add(pool.submit(() -> send(teacher, WARM_UP, count, 1, nanos, from)));
				offset += count;
			}
			for (Future<?> run : running) {
				run.get();
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			cpu = Cpu.now().since(cpu);
			long saved = this.jdbc.sql("select count(*) from attendance where day = ?")
				.param(day)
				.query(Long.class)
				.single();
			if (saved != (long) updates + (long) teachers * WARM_UP) {
				throw new IllegalStateException(
						"The bot saved " + saved + " absences of " + (updates + teachers * WARM_UP) + " sent");
			}
			Arrays.sort(nanos);
			return new Results.Bot(updates, teachers, seconds, ms(nanos[updates / 2]),
					ms(nanos[Math.min(updates - 1, (int) Math.ceil(updates * 0.99) - 1)]), ms(nanos[updates - 1]), cpu);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Sends a teacher's updates one after the other: the n-th marks register number
	 * {@code n % 25 + 1} absent from lesson {@code firstLesson + n / 25}.
	 * @param answered how many answers the teacher had before these
	 */
	private Void send(City.ClassTeacher teacher, int answered, int count, int firstLesson, long[] nanos, int from)
			throws InterruptedException {
		long user = teacher.telegramUserId();
		for (int n = 0; n < count; n++) {
			String command = "/absent " + teacher.className() + " @" + (firstLesson + n / City.CLASS_SIZE) + " "
					+ (n % City.CLASS_SIZE + 1);
			long started = System.nanoTime();
			this.telegram.sendText(user, user, command);
			if (!this.telegram.awaitSent(user, answered + n + 1, ANSWER_WITHIN)) {
				throw new IllegalStateException("No answer to " + command + " within " + ANSWER_WITHIN);
			}
			if (nanos != null) {
				nanos[from + n] = System.nanoTime() - started;
			}
		}
		return null;
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

}
