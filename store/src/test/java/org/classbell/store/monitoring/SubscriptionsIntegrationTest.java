package org.classbell.store.monitoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.PreparedSchool;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@DatabaseTest
class SubscriptionsIntegrationTest {

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	PreparedSchool school;

	@BeforeEach
	void prepare() {
		this.school = new PreparedSchool(this.context);
	}

	@Test
	void countsStudentsWithAGuardianReachableByAMessengerOrSms() {
		link("telegram", "Иванова Мария", true);
		link("max", "Иванова Мария", true);
		link("max", "Петрова Ирина", true);
		link("telegram", "Орлова Нина", false);
		this.jdbc.sql("update guardian set opted_out_at = now() where full_name = 'Петрова Ирина'").update();
		this.jdbc.sql("update guardian set phone_flagged_at = now() where full_name = 'Смирнова Ксения'").update();

		SchoolSubscriptions figures = this.subscriptions.of(this.school.school.id());

		assertThat(figures.classes()).extracting((row) -> row.className() + " " + row.figures())
			.containsExactly("1А SubscriptionFigures[students=2, subscribed=0, telegram=0, max=0, sms=0]",
					"5А SubscriptionFigures[students=4, subscribed=3, telegram=1, max=2, sms=2]",
					"6Б SubscriptionFigures[students=2, subscribed=2, telegram=1, max=1, sms=2]");
		assertThat(figures.classes()).extracting((row) -> row.figures().share())
			.containsExactly(new BigDecimal("0.0"), new BigDecimal("75.0"), new BigDecimal("100.0"));
		assertThat(figures.total()).isEqualTo(new SubscriptionFigures(8, 5, 2, 3, 4));
		assertThat(figures.total().share()).isEqualTo(new BigDecimal("62.5"));
	}

	@Test
	void countsByConsentAloneBeforeAnyoneLinksTelegram() {
		SchoolSubscriptions figures = this.subscriptions.of(this.school.school.id());

		assertThat(figures.total()).isEqualTo(new SubscriptionFigures(8, 6, 0, 0, 6));
		assertThat(figures.total().share()).isEqualTo(new BigDecimal("75.0"));
	}

	@Test
	void roundsTheShareToOneDecimal() {
		assertThat(new SubscriptionFigures(3, 2, 0, 0, 2).share()).isEqualTo(new BigDecimal("66.7"));
		assertThat(new SubscriptionFigures(3, 1, 0, 0, 1).share()).isEqualTo(new BigDecimal("33.3"));
		assertThat(new SubscriptionFigures(0, 0, 0, 0, 0).share()).isNull();
	}

	private void link(String messenger, String guardian, boolean consented) {
		this.jdbc.sql("""
				insert into chat_link (messenger, user_id, chat_id, guardian_id, linked_at, consented_at)
				select ?, id + 5000, id + 5000, id, now(), case when ? then now() end from guardian where full_name = ?
				""").params(messenger, consented, guardian).update();
	}

}
