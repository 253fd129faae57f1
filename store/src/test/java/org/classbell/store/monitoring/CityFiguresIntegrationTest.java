package org.classbell.store.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.store.Actor;
import org.classbell.store.ClassId;
import org.classbell.store.journal.Journal;
import org.classbell.store.roster.RosterImport;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.store.staff.StaffImport;
import org.classbell.store.staff.StaffMembers;
import org.classbell.store.testing.CityNotifications;
import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.Lines;
import org.classbell.store.testing.MutableClock;
import org.classbell.store.testing.Outcomes;
import org.classbell.store.testing.PreparedSchool;
import org.classbell.store.timetable.TimetableImport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The city's summary over three schools: the prepared «Школа №1» in Moscow, «Школа № 10»
 * in Yekaterinburg (two hours ahead) and «Школа № 2» with nothing in it yet. The clock
 * stands at Wednesday 25 November 2026, 09:30 in Moscow, 11:30 in Yekaterinburg; the
 * period is Monday to Wednesday.
 */
@SpringBootTest
@DatabaseTest
class CityFiguresIntegrationTest {

	static final DayRange WEEK = new DayRange(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-25"));

	@Autowired
	CityFigures city;

	@Autowired
	JournalUpkeep upkeep;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	PreparedSchool first;

	School tenth;

	@BeforeEach
	void prepare() {
		this.clock.reset();
		this.first = new PreparedSchool(this.context);
		Schools schools = this.context.getBean(Schools.class);
		this.tenth = schools.create("sch10", "Школа № 10", ZoneId.of("Asia/Yekaterinburg"), "RU", Actor.operator())
			.orElseThrow();
		schools.create("sch2", "Школа № 2", ZoneId.of("Europe/Moscow"), "RU", Actor.operator()).orElseThrow();
		Outcomes.applied(this.context.getBean(RosterImport.class)
			.apply(this.tenth,
					Lines.roster("7В,1,Андреев,Олег,,Андреева Анна,+79120000011,ru,yes",
							"7В,2,Борисов,Иван,,Борисова Инна,+79120000012,ru,", "7В,3,Волков,Ян,,,,,"),
					Actor.adminApi()));
		Outcomes.applied(this.context.getBean(StaffImport.class)
			.apply(this.tenth.id(), Lines.staff("Зайцева,Ольга,,teacher,7В,7В:Математика"), Actor.adminApi()));
		Outcomes.applied(this.context.getBean(TimetableImport.class)
			.apply(this.tenth.id(), Lines.timetable("7В,,2,1,08:30,Математика,Зайцева Ольга",
					"7В,,3,1,08:30,Математика,Зайцева Ольга", "7В,,3,4,11:40,Математика,Зайцева Ольга"),
					Actor.adminApi()));

		this.first.rollCall("Соколова Елена", "5А", null, "2026-11-23", 1);
		rollCallInTenth("2026-11-25", 1);
		link("telegram", "Иванова Мария");
		link("max", "Борисова Инна");

		notification(this.first.school, "telegram", "sent", "2026-11-25T05:00:00Z", null);
		notification(this.first.school, "sms", "delivered", "2026-11-24T08:00:00Z", 2);
		notification(this.first.school, "sms", "sent", "2026-11-24T08:10:00Z", 1);
		notification(this.first.school, "sms", "failed", "2026-11-24T09:00:00Z", null);
		notification(this.first.school, "sms", "queued", "2026-11-25T06:00:00Z", null);
		notification(this.first.school, "sms", "delivered", "2026-11-22T19:10:00Z", 5);
		notification(this.tenth, "max", "sent", "2026-11-24T10:00:00Z", null);
		notification(this.tenth, "sms", "delivered", "2026-11-22T19:10:00Z", 3);
	}

	@Test
	void givesEverySchoolsFiguresInTheOrderOfTheirNamesAndTheCitysTotal() {
		CitySummary summary = this.city.of(WEEK, this.clock.instant());

		assertThat(summary.period()).isEqualTo(WEEK);
		assertThat(summary.schools()).extracting(SchoolSummary::name)
			.containsExactly("Школа №1", "Школа № 2", "Школа № 10");
		assertThat(summary.schools()).extracting(SchoolSummary::code)
			.containsExactly(this.first.school.code(), "sch2", "sch10");
		assertThat(summary.schools().get(2).timeZone()).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));

		SummaryFigures first = summary.schools().get(0).figures();
		assertThat(first.journal()).isEqualTo(new SummaryFigures.Journal(6, 1));
		assertThat(first.families()).isEqualTo(new SummaryFigures.Families(8, 6, 1, 4, 1));
		assertThat(first.delivery()).isEqualTo(new SummaryFigures.Delivery(3, 2, 1));
		assertThat(first.smsSegments()).isEqualTo(3);

		assertThat(summary.schools().get(1).figures()).isEqualTo(SummaryFigures.NONE);

		SummaryFigures tenth = summary.schools().get(2).figures();
		assertThat(tenth.journal()).as("11:40 in Yekaterinburg is yet to come")
			.isEqualTo(new SummaryFigures.Journal(2, 1));
		assertThat(tenth.families()).isEqualTo(new SummaryFigures.Families(3, 2, 1, 1, 0));
		assertThat(tenth.delivery()).as("a message of 00:10 on Monday in Yekaterinburg is of the period")
			.isEqualTo(new SummaryFigures.Delivery(2, 2, 0));
		assertThat(tenth.smsSegments()).isEqualTo(3);

		SummaryFigures total = summary.total();
		assertThat(total).isEqualTo(new SummaryFigures(new SummaryFigures.Journal(8, 2),
				new SummaryFigures.Families(11, 8, 2, 5, 1), new SummaryFigures.Delivery(5, 4, 1), 6));
		assertThat(List.of(total.journal().share(), total.families().share(), total.delivery().share()))
			.containsExactly(new BigDecimal("25.0"), new BigDecimal("72.7"), new BigDecimal("66.7"));
	}

	@Test
	void countsLessonsAndStudentsAsTheSchoolsOwnReportsDo() {
		this.first.rollCall("Орлов Дмитрий", "6Б", null, "2026-11-24", 2);
		this.jdbc.sql("update staff set active = false where last_name = 'Кузнецова'").update();
		this.jdbc.sql("update guardian set opted_out_at = now() where full_name = 'Смирнова Ксения'").update();
		DayRange fortnight = new DayRange(LocalDate.parse("2026-11-12"), LocalDate.parse("2026-11-25"));

		SummaryFigures first = this.city.of(fortnight, this.clock.instant()).schools().get(0).figures();

		List<TeacherClass> teachers = this.upkeep.of(this.first.school, fortnight, this.clock.instant());
		int lessons = teachers.stream().mapToInt(TeacherClass::lessons).sum();
		int missed = teachers.stream().mapToInt(TeacherClass::lessonsWithoutAttendance).sum();
		assertThat(first.journal()).isEqualTo(new SummaryFigures.Journal(lessons, lessons - missed));
		assertThat(lessons).as("Кузнецова is gone").isEqualTo(13);
		SubscriptionFigures reached = this.subscriptions.of(this.first.school.id()).total();
		assertThat(first.families().students()).isEqualTo(reached.students());
		assertThat(first.families().reached()).isEqualTo(reached.subscribed()).isEqualTo(5);
	}

	private void rollCallInTenth(String day, int lesson) {
		var teacher = this.context.getBean(StaffMembers.class)
			.match(this.tenth.id(), "Зайцева Ольга")
			.found()
			.orElseThrow();
		ClassId schoolClass = new ClassId(this.jdbc.sql("select id from school_class where school_id = ? and name = ?")
			.params(this.tenth.id().value(), "7В")
			.query(Long.class)
			.single());
		LocalDate date = LocalDate.parse(day);
		this.context.getBean(TransactionTemplate.class)
			.executeWithoutResult((status) -> this.context.getBean(Journal.class)
				.rollCall(teacher, schoolClass, null, List.of(), List.of(), date, lesson,
						date.atTime(12, 0).atZone(this.tenth.timeZone()).toInstant()));
	}

	private void link(String messenger, String guardian) {
		this.jdbc.sql("""
				insert into chat_link (messenger, user_id, chat_id, guardian_id, linked_at, consented_at)
				select ?, id + 5000, id + 5000, id, now(), now() from guardian where full_name = ?
				""").params(messenger, guardian).update();
	}

	private void notification(School school, String channel, String status, String created, Integer segments) {
		CityNotifications.write(this.jdbc, school.id(), channel, status, created, segments);
	}

}
