package org.classbell.bot;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.testing.Button;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Roll calls taken in the bot record the lesson's attendance as taken, for the subgroup
 * whose lesson it is; a whole-day roll call takes no lesson's.
 */
class AttendanceTakenIntegrationTest extends BotIntegrationTest {

	@BeforeEach
	void subgroups() {
		this.imported.roster("5А,1,Алексеев,Борис,,Алексеева Ольга,+79110000001,ru,yes,1",
				"5А,2,Иванов,Пётр,Сергеевич,Иванова Мария,+79110000002,ru,yes,1",
				"5А,3,Иванов,Павел,Андреевич,Иванов Андрей,+79110000003,ru,,2",
				"5А,4,Петрова,Анна,,Петрова Ирина,+79110000004,en,yes,2");
		this.imported.timetable("5А,,3,2,09:25,Геометрия,Соколова Елена",
				"5А,1,3,4,11:15,Английский язык,Орлов Дмитрий", "5А,2,3,4,11:15,Английский язык,Белова Ирина");
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkStaff(ORLOV, "Орлов Дмитрий");
	}

	@Test
	void recordsARollCallWhereEveryoneCameForTheSubgroupOfTheLesson() {
		this.clock.advance(Duration.ofMinutes(110));

		done(ORLOV, "/rollcall");

		assertThat(taken()).containsExactly("5А/1 #4 Орлов");
		assertThat(count("select count(*) from attendance")).isZero();
	}

	@Test
	void recordsTheWholeClassForARollCallOfALessonNamedAndNoneForTheWholeDay() {
		done(SOKOLOVA, "/rollcall 5А @3");
		this.clock.advance(Duration.ofHours(5));
		done(SOKOLOVA, "/rollcall 5А");

		assertThat(taken()).containsExactly("5А #3 Соколова");
	}

	private void done(long user, String command) {
		var sheet = ask(user, command);
		List<List<Button>> buttons = sheet.buttons();
		int edits = TELEGRAM.edits().size();
		press(user, sheet.messageId(), buttons.get(buttons.size() - 1).get(0).callbackData());
		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() > edits);
	}

	private List<String> taken() {
		return this.jdbc.sql("""
				select c.name || coalesce('/' || g.name, '') || ' #' || a.lesson_no || ' ' || s.last_name
				from attendance_taken a join school_class c on c.id = a.class_id
				left join subgroup g on g.id = a.subgroup_id join staff s on s.id = a.taken_by
				order by a.id
				""").query(String.class).list();
	}

}
