package org.classbell.app.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

import org.classbell.app.bot.BotIntegrationTest;

/**
 * How long an {@code /absent} takes from the update to its saved entry, as a teacher sees
 * it: from the update being queued at the local Bot API server to the bot's reply, which
 * is sent once the entry and its notifications have committed. Prints figures; it is no
 * test and not part of the suite. Run with
 * {@code ./mvnw -pl app -am verify -Dtest=BotLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class BotLatencyBenchmark extends BotIntegrationTest {

	private static final int CLASSES = 10;

	private static final int STUDENTS = 25;

	private static final int WARM_UP = 100;

	private static final int MEASURED = 1000;

	@Test
	void absentFromUpdateToSavedEntry() {
		StringBuilder roster = new StringBuilder(
				"class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent\n");
		StringBuilder teaches = new StringBuilder();
		for (int c = 0; c < CLASSES; c++) {
			String className = (5 + c / 4) + "АБВГ".substring(c % 4, c % 4 + 1);
			teaches.append(c == 0 ? "" : ";").append(className).append(":Алгебра");
			for (int s = 1; s <= STUDENTS; s++) {
				roster.append(String.format(Locale.ROOT, "%s,%d,Ученик,Имя%s,,Родитель,+7911%03d%04d,ru,yes%n",
						className, s, "абвгдежзиклмнопрстуфхцчшщ".charAt(s - 1), c, s));
			}
		}
		postAsAdmin("/api/import/roster", "text/csv", roster.toString());
		postAsAdmin("/api/import/staff", "text/csv",
				"last_name,first_name,middle_name,role,class_teacher_of,teaches\nСоколова,Елена,,teacher,," + teaches
						+ "\n");
		linkStaff(SOKOLOVA, "Соколова Елена");
		List<String> commands = new ArrayList<>();
		for (int lesson = 1; lesson <= 8 && commands.size() < WARM_UP + MEASURED; lesson++) {
			for (int c = 0; c < CLASSES; c++) {
				for (int s = 1; s <= STUDENTS; s++) {
					commands.add("/absent " + (5 + c / 4) + "АБВГ".charAt(c % 4) + " @" + lesson + " " + s);
				}
			}
		}
		long[] nanos = new long[MEASURED];
		for (int i = 0; i < WARM_UP + MEASURED; i++) {
			int before = TELEGRAM.sentMessages(SOKOLOVA).size();
			long start = System.nanoTime();
			say(SOKOLOVA, commands.get(i));
			while (TELEGRAM.sentMessages(SOKOLOVA).size() == before) {
				LockSupport.parkNanos(20_000);
			}
			if (i >= WARM_UP) {
				nanos[i - WARM_UP] = System.nanoTime() - start;
			}
			if (i % 200 == 199) {
				TELEGRAM.clearRecordings();
			}
		}
		Arrays.sort(nanos);
		System.out.printf(Locale.ROOT,
				"%n/absent, update to saved entry and reply, %d updates after %d to warm up:%n"
						+ "  p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, mean %.1f ms%n"
						+ "  rows: %d attendance, %d notifications%n%n",
				MEASURED, WARM_UP, ms(nanos[MEASURED / 2]), ms(nanos[MEASURED * 9 / 10]),
				ms(nanos[MEASURED * 99 / 100]), ms(nanos[MEASURED - 1]), ms(Arrays.stream(nanos).sum() / MEASURED),
				count("select count(*) from attendance"), count("select count(*) from notification"));
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

}
