package org.classbell.bot;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.classbell.bot.conversation.Incoming;
import org.classbell.bot.conversation.Reply;
import org.classbell.bot.update.UpdateHandler;
import org.classbell.store.Messenger;
import org.classbell.templates.ChatText;
import org.classbell.templates.MessageCatalog;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fuzz test: thousands of generated messages (unknown and known commands with arguments
 * in every script, markup, control characters, 4,096 and 50,000 characters long) and
 * button presses (forged data for every kind of button, and none) from a teacher, an
 * admin, a parent and a stranger. Each gets one bounded reply, never the apology for an
 * internal error, and none of it writes to the journal, the rosters or the outbox: every
 * input is one the bot must refuse. ({@code /homework} is left out: any text is homework
 * for the lesson under way, so junk is taken, as it should be.)
 */
class HostileInputIntegrationTest extends BotIntegrationTest {

	static final int MESSAGES_PER_ROLE = 600;

	static final int PRESSES_PER_ROLE = 300;

	static final String[] COMMANDS = { "absent", "late", "excuse", "grade", "praise", "remark", "announce", "invite",
			"rollcall", "undo", "stats", "report", "children", "settings", "lang", "start", "help", "stop", "students",
			"student", "nosuch", "", "ABSENT", "absent@school1_bot" };

	static final String[] PREFIXES = { "set", "pick", "rc", "ann", "consent", "lang", "stop", "nokind", "" };

	static final String[] SETTINGS = { "ch", "rf", "dg", "lang", "qh", "xx" };

	@Autowired
	UpdateHandler updates;

	@Autowired
	MessageCatalog messages;

	private final Random random = new Random(20261204);

	private long updateId = 50_000_000;

	@Test
	void answersEveryHostileMessageAndPressOnceWithoutAnInternalErrorOrAWrite() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkStaff(BELOVA, "Белова Ирина");
		linkGuardian(IVANOVA, "5А", "Иванова Мария");
		Map<String, Long> before = writes();
		String apology = this.messages.renderHtml(Locale.forLanguageTag("ru"), "bot.failed", Map.of());
		int messages = 0;
		int presses = 0;
		int replies = 0;
		int longest = 0;

		for (long user : new long[] { SOKOLOVA, BELOVA, IVANOVA, STRANGER }) {
			for (int i = 0; i < MESSAGES_PER_ROLE; i++) {
				String text = message();
				List<Reply> answer = this.updates
					.handle(Incoming.text(Messenger.TELEGRAM, ++this.updateId, user, user, text, "ru"));
				messages++;
				replies += answer.size();
				assertThat(answer).as("the reply to %s", shortly(text))
					.singleElement()
					.isInstanceOfSatisfying(Reply.Send.class, (send) -> {
						assertThat(send.html()).isNotEqualTo(apology);
						assertThat(ChatText.length(send.html())).isLessThanOrEqualTo(ChatText.TELEGRAM_LIMIT);
					});
				longest = Math.max(longest, ChatText.length(((Reply.Send) answer.get(0)).html()));
			}
			for (int i = 0; i < PRESSES_PER_ROLE; i++) {
				String data = button();
				List<Reply> answer = this.updates
					.handle(Incoming.button(Messenger.TELEGRAM, ++this.updateId, user, user, data, "ru"));
				presses++;
				replies += answer.size();
				assertThat(answer).as("the answer to a press of %s", shortly(data)).isNotEmpty();
				assertThat(answer).filteredOn(Reply.Answer.class::isInstance).hasSizeLessThanOrEqualTo(1);
				assertThat(answer).filteredOn(Reply.Send.class::isInstance)
					.extracting((reply) -> ((Reply.Send) reply).html())
					.doesNotContain(apology);
			}
		}

		assertThat(writes()).as("nothing written").isEqualTo(before);
		System.out.printf("Fuzz: %d messages and %d button presses from 4 roles, %d replies, 0 internal errors, "
				+ "longest reply %d characters, nothing written%n", messages, presses, replies, longest);
	}

	/**
	 * Rows of the journal, the rosters, the outbox and the audit log.
	 */
	private Map<String, Long> writes() {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : new String[] { "audit_log", "attendance", "mark", "behaviour_note", "homework",
				"announcement", "journal_entry", "notification", "student", "guardian", "chat_link", "invite_code",
				"attendance_taken" }) {
			counts.put(table, this.jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

	private String message() {
		return switch (this.random.nextInt(10)) {
			case 0 -> "/" + pick(COMMANDS) + " " + "Ж<b>&amp;".repeat(this.random.nextBoolean() ? 512 : 6250);
			case 1 -> junk(1 + this.random.nextInt(40));
			case 2 -> "x".repeat(4096);
			default -> {
				StringBuilder text = new StringBuilder("/").append(pick(COMMANDS));
				int arguments = 1 + this.random.nextInt(4);
				for (int i = 0; i < arguments; i++) {
					text.append(' ').append(argument());
				}
				yield text.toString();
			}
		};
	}

	private String button() {
		String prefix = pick(PREFIXES);
		return switch (this.random.nextInt(6)) {
			case 0 -> prefix;
			case 1 -> prefix + ":" + this.random.nextLong();
			case 2 -> "set:" + pick(SETTINGS) + ":" + argument();
			case 3 -> prefix + ":" + argument() + ":" + argument();
			case 4 -> prefix + ":" + "9".repeat(1 + this.random.nextInt(40)) + ":done";
			default -> junk(1 + this.random.nextInt(64));
		};
	}

	/**
	 * An argument that names nothing the school has: a number, a lesson or date that
	 * cannot be, markup, or words that begin with a symbol no name has.
	 */
	private String argument() {
		return switch (this.random.nextInt(7)) {
			case 0 -> String.valueOf(this.random.nextLong());
			case 1 -> "@" + this.random.nextInt(100) + "-" + (this.random.nextInt(200) - 100);
			case 2 -> this.random.nextInt(40) + "." + this.random.nextInt(40) + "." + this.random.nextInt(3000);
			case 3 -> "<i>" + junk(3) + "</b>&" + junk(2);
			case 4 -> "#" + junk(1 + this.random.nextInt(20));
			case 5 -> "~" + "Пётр".repeat(1 + this.random.nextInt(300));
			default -> "%" + junk(1 + this.random.nextInt(8));
		};
	}

	/**
	 * Characters from every corner: control characters, Latin, Cyrillic, Arabic (written
	 * right to left), combining marks, joiners, emoji beyond the basic plane.
	 */
	private String junk(int length) {
		int[][] ranges = { { 0x01, 0x1F }, { 0x21, 0x7E }, { 0x400, 0x4FF }, { 0x600, 0x6FF }, { 0x300, 0x36F },
				{ 0x200B, 0x200F }, { 0x1F300, 0x1F64F }, { 0xFFF0, 0xFFFD } };
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			int[] range = ranges[this.random.nextInt(ranges.length)];
			text.appendCodePoint(range[0] + this.random.nextInt(range[1] - range[0] + 1));
		}
		return text.toString();
	}

	private String pick(String[] choices) {
		return choices[this.random.nextInt(choices.length)];
	}

	private static String shortly(String text) {
		return (text.length() > 80) ? text.substring(0, 80) + "… (" + text.length() + ")" : text;
	}

}
