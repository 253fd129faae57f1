package org.classbell.store.school;

import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.classbell.store.Actor;
import org.classbell.store.testing.DatabaseTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A school's settings: the configuration seeds a new school only, and a change is one
 * audited write that the rest of ClassBell hears of.
 */
@SpringBootTest
@DatabaseTest
@RecordApplicationEvents
class SchoolsIntegrationTest {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");

	@Autowired
	Schools schools;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void seedsANewSchoolWithTheZoneAndRegionGivenAndKeepsThoseOfOneThatExists() {
		School created = this.schools.ensure("Школа №1", YEKATERINBURG, "KZ");

		School again = this.schools.ensure("школа  №1", MOSCOW, "RU");

		assertThat(created.timeZone()).isEqualTo(YEKATERINBURG);
		assertThat(created.phoneRegion()).isEqualTo("KZ");
		assertThat(created.smsSegments()).isEqualTo(SegmentBudgets.DEFAULTS);
		assertThat(again).isEqualTo(created);
		assertThat(count("select count(*) from school")).isOne();
	}

	@Test
	void aSchoolMadeByNameGetsACodeOfItsOwnAndTheDefaultCodeAdoptsIt() {
		School byName = this.schools.ensure("Школа №1", MOSCOW);

		School adopted = this.schools.ensureCode("default", "школа №1", YEKATERINBURG, "RU");
		School made = this.schools.ensureCode("sch8", "Школа № 8", YEKATERINBURG, "RU");

		assertThat(byName.code()).isEqualTo("school-" + byName.id().value());
		assertThat(adopted.id()).isEqualTo(byName.id());
		assertThat(adopted.code()).isEqualTo("default");
		assertThat(made.code()).isEqualTo("sch8");
		assertThat(made.timeZone()).isEqualTo(YEKATERINBURG);
		assertThat(this.schools.byCode("sch8")).contains(made);
		assertThat(this.schools.byCode("Школа")).isEmpty();
		assertThat(this.schools.all()).extracting(School::code).containsExactly("default", "sch8");
		assertThat(this.events.stream(SchoolCreated.class)).hasSize(2);
	}

	@Test
	void makesASchoolOnceAndRefusesItsCodeOrNameAgain() {
		School made = this.schools.create("sch8", "Школа № 8", MOSCOW, "RU", Actor.adminApi()).orElseThrow();

		assertThat(this.schools.create("sch8", "Другая", MOSCOW, "RU", Actor.adminApi())).isEmpty();
		assertThat(this.schools.create("sch9", "школа № 8", MOSCOW, "RU", Actor.adminApi())).isEmpty();
		assertThat(this.schools.describe(made.id(), "Школа № 8 им. Гагарина", new SmsSender("+15005550008", null),
				Actor.adminApi()))
			.hasValueSatisfying((described) -> {
				assertThat(described.name()).isEqualTo("Школа № 8 им. Гагарина");
				assertThat(described.smsSender().address()).contains("+15005550008");
			});
		assertThatThrownBy(() -> this.schools.create("Sch 8", "Школа", MOSCOW, "RU", Actor.adminApi()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(count("select count(*) from school")).isOne();
	}

	@Test
	void changesTheSettingsAsTheActorAndTellsOfIt() {
		School school = this.schools.ensure("Школа №1", MOSCOW);

		School changed = this.schools.change(school.id(),
				(settings) -> settings.withTimeZone(YEKATERINBURG)
					.withQuietHours(LocalTime.of(22, 0), LocalTime.of(7, 30))
					.withSmsTransliterate(true)
					.withSmsSegments(new SegmentBudgets(2, null, 5)),
				Actor.adminApi());

		assertThat(changed.settings()).isEqualTo(new SchoolSettings(YEKATERINBURG, "RU", LocalTime.of(22, 0),
				LocalTime.of(7, 30), true, new SegmentBudgets(2, null, 5)));
		assertThat(this.schools.find(school.id())).contains(changed);
		assertThat(this.schools.ensure("Школа №1", MOSCOW).timeZone()).as("kept by a later ensure")
			.isEqualTo(YEKATERINBURG);
		assertThat(this.jdbc.sql("select actor from audit_log where entity = 'school' and action = 'update'")
			.query(String.class)
			.list()).containsExactly("admin-api");
		assertThat(this.events.stream(SchoolSettingsChanged.class)).singleElement()
			.satisfies((event) -> assertThat(event.timeZoneChanged()).isTrue());
	}

	@Test
	void writesNothingWhenNothingChanges() {
		School school = this.schools.ensure("Школа №1", MOSCOW);

		School same = this.schools.change(school.id(), (settings) -> settings.withTimeZone(MOSCOW), Actor.adminApi());

		assertThat(same).isEqualTo(school);
		assertThat(count("select count(*) from audit_log where action = 'update'")).isZero();
		assertThat(this.events.stream(SchoolSettingsChanged.class)).isEmpty();
	}

	@Test
	void refusesABudgetOutsideOneToTen() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SegmentBudgets(0, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new SegmentBudgets(null, 11, null));
		assertThat(new SegmentBudgets(1, 10, null).announcement()).isEqualTo(10);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
