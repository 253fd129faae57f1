package org.classbell.templates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupTest {

	@ParameterizedTest
	@ValueSource(strings = { "alert.attendance.sms", "alert.digest.sms", "sms.reply.help", "import.problem.bad_class",
			"api.error.not_found", "invites.error.request", "attendance.fact.absent.day", "common.absences",
			"bot.settings.frequency.weekly", "bot.rollcall.done", "bot.announce.figures_button",
			"bot.stats.more.button" })
	void treatsSmsApiPiecesAndButtonLabelsAsPlainText(String key) {
		assertThat(Markup.of(key)).isEqualTo(Markup.PLAIN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "alert.attendance.telegram", "bot.help.teacher", "bot.settings.current", "report.title",
			"monitoring.teacher.line", "digest.title" })
	void treatsEveryOtherKeyAsTelegramHtml(String key) {
		assertThat(Markup.of(key)).isEqualTo(Markup.TELEGRAM_HTML);
	}

	@ParameterizedTest
	@ValueSource(strings = { "<b>Пётр</b>, 5А", "<b><i>x</i></b> <code>/start</code> <pre>y</pre>",
			"<a href=\"https://t.me/x\">бот</a>", "5 &lt; 6 &amp; 7 &gt; 1 &quot;x&quot; &#128276;",
			"no markup at all" })
	void acceptsTelegramHtml(String text) {
		assertThat(Markup.TELEGRAM_HTML.problem(text)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "<b>Пётр, 5А | <b> is opened but not closed; add </b>",
			"Пётр</b>, 5А | </b> closes a tag that was not opened",
			"<b><i>Пётр</b></i> | </b> comes before </i>; close tags in reverse order",
			"<h1>Пётр</h1> | Telegram does not know the tag <h1>; it shows <b>, <i>, <u>, <s>, <code>, <pre> and <a href=\"...\">",
			"5 < 6 | Telegram does not accept a < that starts no tag; write &lt; to show <",
			"Смит & сыновья | Telegram does not accept a bare &; write &amp; to show &",
			"<a>бот</a> | a link <a> needs an address: <a href=\"https://...\">" })
	void saysWhatIsWrongWithBrokenTelegramHtml(String text, String problem) {
		assertThat(Markup.TELEGRAM_HTML.problem(text)).contains(problem);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Пётр <b>5А</b> | this text is sent as plain text, where the tag <b> would be shown as typed; remove it",
			"Смит &amp; сыновья | this text is sent as plain text, where &amp; would be shown as typed; write the character itself" })
	void refusesTagsAndEntitiesInPlainText(String text, String problem) {
		assertThat(Markup.PLAIN.problem(text)).contains(problem);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Пётр (5А) 25.11: пропуск уроков 3, 4.", "5 < 6 & 7 > 1" })
	void acceptsPlainTextWithoutTags(String text) {
		assertThat(Markup.PLAIN.problem(text)).isEmpty();
	}

}
