package org.classbell.app.console;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the Today and Monitoring pages take for a school of 1,000 students (40
 * classes, a guardian each, a timetable of 6 lessons a day, a month of attendance, marks
 * and messages): 20 requests of each, median and maximum printed. A measurement, not a
 * check: run it with {@code -Dclassbell.console.timing=true}.
 */
@EnabledIfSystemProperty(named = "classbell.console.timing", matches = "true")
class ConsolePagesTimingIntegrationTest extends ConsoleBrowserIntegrationTest {

	static final String[] LETTERS = { "А", "Б", "В", "Г" };

	@Test
	void timesTheTodayAndMonitoringPagesOfASchoolOf1000Students() throws Exception {
		StringBuilder roster = new StringBuilder(
				"class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent\n");
		StringBuilder staff = new StringBuilder(STAFF);
		StringBuilder timetable = new StringBuilder("class,subgroup,weekday,lesson_no,starts_at,subject,teacher\n");
		int student = 0;
		for (int grade = 2; grade <= 11; grade++) {
			for (String letter : LETTERS) {
				String name = grade + letter;
				String teacher = "Учитель" + grade + letter;
				if (!name.equals("5А") && !name.equals("5Б")) {
					staff.append(teacher)
						.append(",Имя,,teacher,")
						.append(name)
						.append(',')
						.append(name)
						.append(":Алгебра\n");
				}
				for (int no = 1; no <= 25; no++) {
					student++;
					roster.append(name)
						.append(',')
						.append(no)
						.append(",Ученик")
						.append(student)
						.append(",Имя,,Родитель")
						.append(student)
						.append(",+7913")
						.append(String.format("%07d", student))
						.append(",ru,")
						.append((student % 3 == 0) ? "" : "yes")
						.append('\n');
				}
				for (int weekday = 1; weekday <= 5; weekday++) {
					for (int lesson = 1; lesson <= 6; lesson++) {
						String who = (name.equals("5А")) ? "Орлова Анна"
								: name.equals("5Б") ? "Смирнов Павел" : teacher + " Имя";
						timetable.append(name)
							.append(",,")
							.append(weekday)
							.append(',')
							.append(lesson)
							.append(',')
							.append(String.format("%02d:%02d", 7 + lesson, 30))
							.append(",Алгебра,")
							.append(who)
							.append('\n');
					}
				}
			}
		}
		assertThat(postAsAdmin("/api/import/staff", "text/csv", staff.toString()).status()).isEqualTo(200);
		assertThat(postAsAdmin("/api/import/roster", "text/csv", roster.toString()).status()).isEqualTo(200);
		assertThat(postAsAdmin("/api/import/timetable", "text/csv", timetable.toString()).status()).isEqualTo(200);
		journalAndMessages();
		assertThat(this.jdbc.sql("select count(*) from student where active").query(Long.class).single())
			.isGreaterThanOrEqualTo(1000);

		logInAs(ADMIN);
		System.out.println("TIMING today: " + time("/console/today"));
		System.out.println("TIMING monitoring: " + time("/console/monitoring"));
		System.out.println("TIMING monitoring (a year): " + time("/console/monitoring?from=2025-11-26&to=2026-11-25"));
	}

	/**
	 * A month of taken attendance (most lessons), absences, marks, and 20,000 messages.
	 */
	private void journalAndMessages() {
		this.jdbc.sql("""
				insert into attendance_taken (class_id, day, lesson_no, taken_by, taken_at)
				select t.class_id, d.day, t.lesson_no, t.staff_id, now()
				from timetable_lesson t
				join (select cast(g as date) as day from generate_series(date '2026-10-26', date '2026-11-25',
				      interval '1 day') g) d on extract(isodow from d.day) = t.weekday
				where (t.lesson_no + t.class_id) % 5 <> 0
				on conflict do nothing
				""").update();
		this.jdbc.sql("""
				insert into attendance (student_id, day, lesson_no, status, author_id, recorded_at)
				select s.id, d.day, null, 'absent', st.id, now()
				from student s cross join (select cast(g as date) as day from generate_series(date '2026-10-26',
				      date '2026-11-25', interval '1 day') g) d
				cross join (select min(id) as id from staff) st
				where (s.id + extract(day from d.day)) % 20 = 0
				on conflict do nothing
				""").update();
		this.jdbc.sql("""
				insert into mark (student_id, subject_id, day, value, author_id, recorded_at)
				select s.id, (select min(id) from subject), d.day, 4, t.staff_id, d.day + time '10:00'
				from student s
				join (select distinct class_id, staff_id from timetable_lesson) t on t.class_id = s.class_id
				cross join (select cast(g as date) as day from generate_series(date '2026-10-26', date '2026-11-24',
				      interval '3 day') g) d
				where s.id % 4 = 0
				""").update();
		this.jdbc.sql("""
				insert into notification (school_id, student_id, kind, channel, address, body, status, next_attempt_at,
				                          segments, created_at, updated_at, sent_at)
				select s.school_id, s.id, (array['attendance', 'announcement', 'report'])[1 + i % 3],
				       (array['telegram', 'sms'])[1 + i % 2], '+79130000000', 'text',
				       (array['sent', 'delivered', 'delivered', 'failed', 'sent'])[1 + i % 5], at, 1 + i % 2, at, at, at
				from generate_series(1, 20000) i
				join student s on s.id = (select min(id) from student) + i % 1000
				cross join lateral (select timestamptz '2026-11-25 06:00:00+00' - (i % 30) * interval '1 day'
				                           - (i % 600) * interval '1 minute' as at) a
				""").update();
	}

	private String time(String path) throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(withSession("GET", path, null).statusCode()).isEqualTo(200);
		}
		List<Long> millis = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			long start = System.nanoTime();
			HttpResponse<String> page = withSession("GET", path, null);
			millis.add((System.nanoTime() - start) / 1_000_000);
			assertThat(page.statusCode()).isEqualTo(200);
		}
		Collections.sort(millis);
		return "20 GETs, median " + (millis.get(9) + millis.get(10)) / 2 + " ms, max " + millis.get(19) + " ms";
	}

}
