package org.classbell.templates;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatTextTest {

	private static final Pattern BALANCED = Pattern.compile("(<b>|<i>|<a href=\"[^\"]*\">)*[^<>]*(</b>|</i>|</a>)*");

	@Test
	void countsWhatTelegramCountsTagsAsNothingAndEntitiesAsOne() {
		assertThat(ChatText.length("<b>Пётр</b> &lt;5А&gt; &amp; 👏")).isEqualTo(14);
	}

	@Test
	void leavesATextThatFitsAsItIs() {
		String html = "<b>Класс 5А</b>\n" + "x".repeat(4000);

		assertThat(ChatText.split(html, ChatText.TELEGRAM_LIMIT)).containsExactly(html);
		assertThat(ChatText.shorten(html, ChatText.TELEGRAM_LIMIT)).isEqualTo(html);
	}

	@Test
	void splitsALongListAtLineEnds() {
		StringBuilder html = new StringBuilder("<b>Коды приглашения, 5А</b>");
		for (int i = 1; i <= 300; i++) {
			html.append("\n")
				.append(i)
				.append(". Иванова Мария Петровна (Иванов Пётр) — <code>ABCD-EFGH-")
				.append(i)
				.append("</code>");
		}

		List<String> parts = ChatText.split(html.toString(), ChatText.TELEGRAM_LIMIT);

		assertThat(parts).hasSizeGreaterThan(1);
		assertThat(parts).allSatisfy((part) -> assertThat(ChatText.length(part)).isLessThanOrEqualTo(4096));
		assertThat(String.join("\n", parts)).isEqualTo(html.toString());
	}

	@Test
	void splitsALineLongerThanAMessageAndClosesAndReopensItsTags() {
		String html = "<b><i>" + "слово ".repeat(10_000) + "</i></b>";

		List<String> parts = ChatText.split(html, ChatText.TELEGRAM_LIMIT);

		assertThat(parts).hasSize(15);
		assertThat(parts).allSatisfy((part) -> {
			assertThat(ChatText.length(part)).isLessThanOrEqualTo(4096);
			assertThat(part).startsWith("<b><i>").endsWith("</i></b>");
		});
	}

	@Test
	void neverCutsAnEntityOrACharacterOutsideTheBasicPlane() {
		String entities = "&lt;&amp;".repeat(25_000);
		String claps = "👏".repeat(25_000);

		assertThat(ChatText.split(entities, ChatText.TELEGRAM_LIMIT))
			.allSatisfy((part) -> assertThat(part).matches("(?:&lt;|&amp;)++").hasSizeLessThanOrEqualTo(5 * 4096));
		List<String> parts = ChatText.split(claps, ChatText.TELEGRAM_LIMIT);
		assertThat(parts).allSatisfy((part) -> assertThat(part).matches("(?:👏)++").hasSizeLessThanOrEqualTo(4096));
		assertThat(String.join("", parts)).isEqualTo(claps);
	}

	@Test
	void shortensWithAnEllipsisKeepingTheHtmlValid() {
		String html = "<b>Иванов Пётр</b>: <i>" + "очень длинная причина ".repeat(1000) + "</i>";

		String shortened = ChatText.shorten(html, 500);

		assertThat(ChatText.length(shortened)).isLessThanOrEqualTo(500);
		assertThat(shortened).startsWith("<b>Иванов Пётр</b>: <i>очень").endsWith("причина…</i>");
		assertThat(shortened.replace("<b>Иванов Пётр</b>: ", "")).matches(BALANCED);
	}

	@Test
	void keepsLinksWholeAcrossParts() {
		String html = "<a href=\"https://t.me/bot?start=X\">" + "ссылка ".repeat(2000) + "</a>";

		assertThat(ChatText.split(html, ChatText.TELEGRAM_LIMIT)).hasSize(4)
			.allSatisfy(
					(part) -> assertThat(part).startsWith("<a href=\"https://t.me/bot?start=X\">").endsWith("</a>"));
	}

}
