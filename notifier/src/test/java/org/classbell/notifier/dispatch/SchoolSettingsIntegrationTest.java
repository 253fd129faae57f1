package org.classbell.notifier.dispatch;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import org.classbell.store.Actor;
import org.classbell.store.school.SchoolSettings;
import org.classbell.store.school.Schools;
import org.classbell.store.school.SegmentBudgets;
import org.classbell.templates.sms.Sms;
import org.classbell.templates.sms.SmsEncoding;
import org.classbell.templates.sms.SmsText;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A change to the school's settings reaches the next message: the SMS budget and
 * transliteration it is written with, and the quiet hours and time zone it is held by.
 * Алексеева Ольга, Борис's mother, takes SMS.
 */
class SchoolSettingsIntegrationTest extends ChannelsIntegrationTest {

	private static final String LONG_PRAISE = "помог провести урок, ".repeat(20).strip();

	@Autowired
	Schools schools;

	@Test
	void writesTheNextSmsInTheAlertBudgetAndLettersTheSchoolSet() {
		praise(student("Алексеев", "Борис"), LONG_PRAISE);
		Sms before = SmsText.measure(TWILIO.awaitMessages(1).get(0).body());

		change((settings) -> settings.withSmsTransliterate(true).withSmsSegments(new SegmentBudgets(2, null, null)));
		praise(student("Алексеев", "Борис"), LONG_PRAISE);
		String after = TWILIO.awaitMessages(2).get(1).body();

		assertThat(before.segments()).isOne();
		assertThat(before.encoding()).isEqualTo(SmsEncoding.UCS2);
		assertThat(after).startsWith("Boris (5A), pokhvala: pomog provesti urok");
		assertThat(SmsText.measure(after).segments()).isEqualTo(2);
		assertThat(SmsText.measure(after).encoding()).isEqualTo(SmsEncoding.GSM7);
	}

	@Test
	void holdsTheNextMessageByTheQuietHoursTheSchoolSet() {
		change((settings) -> settings.withQuietHours(LocalTime.of(9, 0), LocalTime.of(12, 0)));

		praise(student("Алексеев", "Борис"), "помог однокласснику");

		Instant noonInMoscow = Instant.parse("2026-11-25T09:00:00Z");
		await().atMost(WAIT).until(() -> noonInMoscow.equals(dueAt()));
		assertThat(TWILIO.messages()).isEmpty();
	}

	@Test
	void holdsTheNextMessageByTheSchoolsNewTimeZone() {
		Instant early = Instant.parse("2026-11-25T04:30:00Z");
		this.clock.set(early);
		change((settings) -> settings.withTimeZone(ZoneId.of("Asia/Yekaterinburg")));

		praise(student("Алексеев", "Борис"), "помог однокласснику");

		assertThat(TWILIO.awaitMessages(1).get(0).body()).as("09:30 in Yekaterinburg, 07:30 in Moscow")
			.contains("помог однокласснику");
	}

	private void change(UnaryOperator<SchoolSettings> change) {
		this.schools.change(this.school.school().id(), change, Actor.adminApi());
	}

	private Instant dueAt() {
		return this.jdbc.sql("select next_attempt_at from notification")
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

}
