package org.classbell.store.school;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.classbell.store.Actor;
import org.classbell.store.testing.DatabaseTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which schools an SMS number or messaging service is the own sender of.
 */
@SpringBootTest
@DatabaseTest
class SchoolSendersIntegrationTest {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private static final String NUMBER = "+15005550008";

	private static final String SERVICE = "MG0123456789abcdef0123456789abcdef";

	@Autowired
	Schools schools;

	@Autowired
	SchoolSenders senders;

	@Test
	void findsTheSchoolsOfAnOwnNumberOrMessagingServiceAndNoneOfTheDeployments() {
		School plain = make("sch1", "Школа № 1", SmsSender.DEPLOYMENT);
		School numbered = make("sch8", "Школа № 8", new SmsSender(NUMBER, null));
		School serviced = make("sch9", "Школа № 9", new SmsSender(null, SERVICE));

		assertThat(this.senders.sendingFrom(NUMBER, null)).containsExactly(numbered.id());
		assertThat(this.senders.sendingFrom("+15005550006", SERVICE)).containsExactly(serviced.id());
		assertThat(this.senders.sendingFrom("+15005550006", "MG00000000000000000000000000000000")).isEmpty();
		assertThat(this.senders.sendingFrom(null, null)).isEmpty();
		assertThat(this.senders.withOwnSender(List.of(plain.id(), numbered.id(), serviced.id())))
			.containsExactlyInAnyOrder(numbered.id(), serviced.id());
		assertThat(this.senders.withOwnSender(List.of(plain.id()))).isEmpty();
		assertThat(this.senders.withOwnSender(List.of())).isEmpty();
	}

	private School make(String code, String name, SmsSender sender) {
		School school = this.schools.create(code, name, MOSCOW, "RU", Actor.adminApi()).orElseThrow();
		return this.schools.describe(school.id(), name, sender, Actor.adminApi()).orElseThrow();
	}

}
