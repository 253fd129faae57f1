package org.classbell.bot.command;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.chat.ChoiceId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The buttons of {@code /mydata} read back what they wrote and nothing else, and the file
 * they send never shows what it holds when printed.
 */
class MyDataCommandTest {

	@Test
	void confirmationsReadBackWhatTheyWrote() {
		for (boolean send : new boolean[] { true, false }) {
			MyDataCommand.Confirm confirm = new MyDataCommand.Confirm(new ChoiceId(123456789012L), send);
			assertThat(MyDataCommand.Confirm.decode(confirm.encode())).contains(confirm);
			assertThat(ButtonData.join("mydata", confirm.encode()).getBytes(StandardCharsets.UTF_8))
				.hasSizeLessThanOrEqualTo(Reply.Button.MAX_DATA_BYTES);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "yes", "no", ":yes", "1:", "1:maybe", "0:yes", "-1:yes", "x:yes", "1:yes:no",
			"99999999999999999999999:yes", "1:YES" })
	void confirmationsReadNothingFromForgedData(String data) {
		assertThatNoException().isThrownBy(() -> MyDataCommand.Confirm.decode(data));
		assertThat(MyDataCommand.Confirm.decode(data)).isEmpty();
	}

	@Test
	void documentsNeverPrintWhatTheyHold() {
		byte[] content = "{\"phone\": \"+79110000002\"}".getBytes(StandardCharsets.UTF_8);
		Reply.Document document = new Reply.Document("classbell-mydata-2026-11-25.json", content, "Ваши данные");

		assertThat(document.toString()).doesNotContain("+79110000002").contains(content.length + " bytes");
		assertThat(document)
			.isEqualTo(new Reply.Document("classbell-mydata-2026-11-25.json", content.clone(), "Ваши данные"));
		content[0] = '[';
		assertThat(document.content()).as("a copy").startsWith('{');
	}

}
