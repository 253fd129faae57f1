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

import org.classbell.testing.FakeBotApi;

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

	/**
	 * Updates a second of the paced run: a city's 4,000 class teachers each sending the
	 * first lesson's absences within five minutes make about 13.
	 */
	static final double RATE = 20;

	/** The lesson of the warm-up updates, and of the paced ones. */
	private static final int WARM_UP_LESSON = 11;

	private static final int PACED_LESSON = 12;

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
	 * city: {@code updates} from all at once, then a fifth as many (25 per teacher at
	 * most) at {@link #RATE} a second.
	 */
	Results.Bot run(List<City.ClassTeacher> classTeachers, int teachers, int updates, LocalDate day) throws Exception {
		int paced = Math.min(City.CLASS_SIZE * teachers, Math.max(teachers, updates / 5));
		double rate = RATE;
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
				warming.add(pool.submit(() -> send(teacher, 0, WARM_UP, WARM_UP_LESSON, null, 0, 0, 0)));
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
				running.add(pool.submit(() -> send(teacher, WARM_UP, count, 1, nanos, from, 0, 0)));
				offset += count;
			}
			for (Future<?> run : running) {
				run.get();
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			cpu = Cpu.now().since(cpu);
			long[] pacedNanos = new long[paced];
			List<Future<?>> pacing = new ArrayList<>();
			long start = System.nanoTime() + 100_000_000L;
			long interval = (long) (1e9 / rate);
			offset = 0;
			for (int t = 0; t < teachers; t++) {
				City.ClassTeacher teacher = chosen.get(t);
				int count = paced / teachers + ((t < paced % teachers) ? 1 : 0);
				int answered = WARM_UP + updates / teachers + ((t < updates % teachers) ? 1 : 0);
				int from = offset;
				long first = start + t * interval;
				pacing.add(pool.submit(() -> send(teacher, answered, count, PACED_LESSON, pacedNanos, from, first,
						interval * teachers)));
				offset += count;
			}
			for (Future<?> run : pacing) {
				run.get();
			}
			long saved = this.jdbc.sql("select count(*) from attendance where day = ?")
				.param(day)
				.query(Long.class)
				.single();
			long sent = (long) updates + paced + (long) teachers * WARM_UP;
			if (saved != sent) {
				throw new IllegalStateException("The bot saved " + saved + " absences of " + sent + " sent");
			}
			return new Results.Bot(updates, teachers, seconds, percentile(nanos, 0.5), percentile(nanos, 0.99),
					percentile(nanos, 1), cpu, paced, rate, percentile(pacedNanos, 0.5), percentile(pacedNanos, 0.99),
					percentile(pacedNanos, 1));
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Sends a teacher's updates one after the other: the n-th marks register number
	 * {@code n % 25 + 1} absent from lesson {@code firstLesson + n / 25}.
	 * @param answered how many answers the teacher had before these
	 * @param first when to send the first ({@link System#nanoTime()}), or 0 for now
	 * @param every how long after one to send the next, or 0 for as soon as it is
	 * answered
	 */
	private Void send(City.ClassTeacher teacher, int answered, int count, int firstLesson, long[] nanos, int from,
			long first, long every) throws InterruptedException {
		long user = teacher.telegramUserId();
		for (int n = 0; n < count; n++) {
			if (first != 0) {
				long wait = first + n * every - System.nanoTime();
				if (wait > 0) {
					Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
				}
			}
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

	/**
	 * The given share of the times, the nearest rank up, in milliseconds.
	 */
	static double percentile(long[] nanos, double share) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(share * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
	}

}
