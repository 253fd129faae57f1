package org.classbell.notifier.outbox;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ButtonTest {

	@Test
	void keepsRowsOfButtonsAsJsonAndReadsThemBack() {
		List<List<Button>> rows = List.of(List.of(new Button("Болеет", "aa:1:2:ill"), new Button("\"Кавычки\"", "x:1")),
				List.of(new Button("Свяжитесь со мной", "aa:1:2:contact")));
		String json = Button.toJson(rows);
		assertThat(json).startsWith("[[{\"label\":\"Болеет\",\"data\":\"aa:1:2:ill\"}");
		assertThat(Button.fromJson(json)).isEqualTo(rows);
	}

	@Test
	void keepsNoRowsAsNull() {
		assertThat(Button.toJson(List.of())).isNull();
		assertThat(Button.fromJson(null)).isEmpty();
	}

	@Test
	void refusesDataTelegramWouldRefuse() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Button("x", "я".repeat(33)))
			.withMessageContaining("64 bytes");
		assertThatIllegalArgumentException().isThrownBy(() -> new Button(" ", "x:1"));
	}

}
