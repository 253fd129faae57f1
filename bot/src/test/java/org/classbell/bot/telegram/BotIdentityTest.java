package org.classbell.bot.telegram;

import java.net.URI;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.classbell.notifier.telegram.TelegramProperties;
import org.classbell.testing.BotApiCall;
import org.classbell.testing.FakeBotApi;

import static org.assertj.core.api.Assertions.assertThat;

class BotIdentityTest {

	static final String TOKEN = "123456:TEST-token";

	final FakeBotApi api = new FakeBotApi(TOKEN);

	@AfterEach
	void stop() {
		this.api.close();
	}

	@Test
	void asksTheBotApiWhoTheBotIsOnceAndMakesDeepLinks() {
		this.api.username("school1_bot");
		BotIdentity identity = new BotIdentity(properties(TOKEN, null));

		assertThat(identity.startLink("ABCD1234EFGH")).contains("https://t.me/school1_bot?start=ABCD1234EFGH");
		assertThat(identity.username()).contains("school1_bot");
		assertThat(this.api.calls()).extracting(BotApiCall::method).containsExactly("getme");
	}

	@Test
	void usesTheConfiguredUsernameWithoutAsking() {
		BotIdentity identity = new BotIdentity(properties(TOKEN, "@my_school_bot"));

		assertThat(identity.username()).contains("my_school_bot");
		assertThat(this.api.calls()).isEmpty();
	}

	@Test
	void knowsNoUsernameWhileTelegramIsOff() {
		assertThat(new BotIdentity(properties(null, null)).startLink("X")).isEmpty();
		assertThat(this.api.calls()).isEmpty();
	}

	@Test
	void knowsNoUsernameWhenTheBotApiRefusesAndDoesNotAskAgainAtOnce() {
		BotIdentity identity = new BotIdentity(properties("999:wrong", null));

		assertThat(identity.username()).isEmpty();
		assertThat(identity.startLink("X")).isEmpty();
		assertThat(this.api.calls()).as("one refused call, not one per link").singleElement().satisfies((call) -> {
			assertThat(call.method()).isEqualTo("getme");
			assertThat(call.token()).isEqualTo("999:wrong");
			assertThat(call.status()).isEqualTo(401);
		});
	}

	private TelegramProperties properties(String token, String username) {
		return new TelegramProperties(token, this.api.url(), TelegramProperties.Mode.POLLING, null, username);
	}

	@Test
	void refusesARelativeApiUrl() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new TelegramProperties(TOKEN, URI.create("api.telegram.org"),
					TelegramProperties.Mode.POLLING, null, null));
	}

}
