package org.classbell.templates;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.classbell.templates.TemplateOverrides.Applied;
import org.classbell.templates.TemplateOverrides.Rejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TemplateOverridesTest {

	private static final MessageCatalog BUILT_IN = MessageCatalog.builtIn();

	private static final Map<String, Object> ALERT = Map.of("child", "Пётр", "class", "5А", "date",
			LocalDate.of(2026, 11, 25), "facts", "пропуск уроков 3, 4");

	@TempDir
	Path templates;

	@Test
	void usesTheSchoolsTextInsteadOfTheBuiltInOne() throws IOException {
		write("ru/messages.properties", """
				alert.attendance.telegram=Внимание: <b>{child}</b> ({class}) {date, date, ::dMMMM} — {facts}.
				alert.attendance.sms={child}: {facts}, {date, date, ::dd.MM}.
				""");

		TemplateOverrides overrides = TemplateOverrides.load(this.templates);

		assertThat(overrides.rejected()).isEmpty();
		assertThat(overrides.applied()).extracting(Applied::key)
			.containsExactly("alert.attendance.sms", "alert.attendance.telegram");
		assertThat(overrides.catalog().renderHtml(MessageCatalog.RUSSIAN, "alert.attendance.telegram", ALERT))
			.isEqualTo("Внимание: <b>Пётр</b> (5А) 25 ноября — пропуск уроков 3, 4.");
		assertThat(overrides.catalog().render(MessageCatalog.RUSSIAN, "alert.attendance.sms", ALERT))
			.isEqualTo("Пётр: пропуск уроков 3, 4, 25.11.");
		assertThat(overrides.catalog().render(MessageCatalog.ENGLISH, "alert.attendance.sms", ALERT))
			.isEqualTo(BUILT_IN.render(MessageCatalog.ENGLISH, "alert.attendance.sms", ALERT));
	}

	@Test
	void letsAnOverrideLeaveOutArguments() throws IOException {
		write("en/short.properties", "alert.attendance.sms={child} missed school today.\n");

		TemplateOverrides overrides = TemplateOverrides.load(this.templates);

		assertThat(overrides.rejected()).isEmpty();
		assertThat(overrides.catalog().render(MessageCatalog.ENGLISH, "alert.attendance.sms", ALERT))
			.isEqualTo("Пётр missed school today.");
	}

	@Test
	void rejectsAnUnknownKeyAndSaysWhichOneWasMeant() throws IOException {
		write("ru/messages.properties", "alert.attendence.telegram=Пропуск: {child}\n");

		assertRejected("alert.attendence.telegram",
				"there is no message with this key (did you mean alert.attendance.telegram?); the keys are those of "
						+ "the built-in messages_ru.properties");
	}

	@Test
	void rejectsATextThatIsNotAValidMessage() throws IOException {
		write("ru/messages.properties", "alert.attendance.telegram=<b>{child</b>, {class}\n");

		Rejected rejected = onlyRejection();
		assertThat(rejected.key()).isEqualTo("alert.attendance.telegram");
		assertThat(rejected.reason()).startsWith("the text is not a valid message (check that every { has its }");
		assertBuiltInKept("alert.attendance.telegram");
	}

	@Test
	void rejectsATextWithAnArgumentTheMessageDoesNotHave() throws IOException {
		write("ru/messages.properties", "alert.attendance.telegram=<b>{child}</b>: {facts}. {teacher}\n");

		assertRejected("alert.attendance.telegram",
				"the text uses {teacher}, which this message does not have; it can use {child}, {class}, {date}, {facts}");
	}

	@Test
	void rejectsATagThatIsNotClosed() throws IOException {
		write("ru/messages.properties", "alert.attendance.telegram=<b>{child}, {class}: {facts}\n");

		assertRejected("alert.attendance.telegram", "<b> is opened but not closed; add </b>");
	}

	@Test
	void rejectsATagInTheSmsForm() throws IOException {
		write("ru/messages.properties", "alert.attendance.sms=<b>{child}</b>: {facts}\n");

		assertRejected("alert.attendance.sms",
				"this text is sent as plain text, where the tag <b> would be shown as typed; remove it");
	}

	@Test
	void rejectsAnArgumentUsedAsANumberWhereTheMessageGivesText() throws IOException {
		write("ru/messages.properties", "alert.attendance.sms={child, plural, one {#} other {#}}\n");

		assertThat(onlyRejection().reason()).startsWith("the text cannot be filled in with");
		assertBuiltInKept("alert.attendance.sms");
	}

	@Test
	void rejectsAnEmptyText() throws IOException {
		write("ru/messages.properties", "alert.attendance.sms=\n");

		assertRejected("alert.attendance.sms", "the text is empty; to keep the built-in text, delete this line");
	}

	@Test
	void keepsGoodOverridesOfAFileWithABadOne() throws IOException {
		write("ru/messages.properties", """
				alert.attendance.sms={child}: {facts}.
				alert.attendance.telegram=<b>{child}: {facts}.
				""");

		TemplateOverrides overrides = TemplateOverrides.load(this.templates);

		assertThat(overrides.applied()).extracting(Applied::key).containsExactly("alert.attendance.sms");
		assertThat(overrides.rejected()).extracting(Rejected::key).containsExactly("alert.attendance.telegram");
		assertThat(overrides.describe())
			.isEqualTo("Templates: built-in, 1 override from " + this.templates + " (1 rejected, see above)");
	}

	@Test
	void usesTheFirstFileByNameWhenTwoChangeOneMessage() throws IOException {
		write("ru/a.properties", "alert.attendance.sms=A {child}\n");
		write("ru/b.properties", "alert.attendance.sms=B {child}\n");

		TemplateOverrides overrides = TemplateOverrides.load(this.templates);

		assertThat(overrides.catalog().render(MessageCatalog.RUSSIAN, "alert.attendance.sms", ALERT))
			.isEqualTo("A Пётр");
		assertThat(overrides.rejected()).singleElement()
			.extracting(Rejected::reason)
			.isEqualTo("this message is already changed in " + this.templates.resolve("ru/a.properties")
					+ ", and that text is used");
	}

	@Test
	void readsUtf8WithAByteOrderMark() throws IOException {
		write("ru/messages.properties", "\uFEFFalert.attendance.sms=Пропуск: {child}\n");

		assertThat(TemplateOverrides.load(this.templates).applied()).extracting(Applied::key)
			.containsExactly("alert.attendance.sms");
	}

	@Test
	void rejectsAFileThatIsNotUtf8() throws IOException {
		Path file = this.templates.resolve("ru/messages.properties");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "alert.attendance.sms=Пропуск: {child}\n", Charset.forName("windows-1251"));

		Rejected rejected = onlyRejection();
		assertThat(rejected.key()).isNull();
		assertThat(rejected.describe())
			.isEqualTo(file + " is not used: the file is not in UTF-8; save it with the UTF-8 encoding");
	}

	@Test
	void reportsFilesOutsideALanguageDirectory() throws IOException {
		write("Школа 8/ru/messages.properties", "alert.attendance.sms=Пропуск: {child}\n");
		write("messages.properties", "alert.attendance.sms=Пропуск: {child}\n");
		write("ru/messages.txt", "alert.attendance.sms=Пропуск: {child}\n");
		write("sch8/de/messages.properties", "alert.attendance.sms=Fehlt: {child}\n");
		write("sch8/messages.properties", "alert.attendance.sms=Пропуск: {child}\n");

		TemplateOverrides overrides = TemplateOverrides.load(this.templates);

		assertThat(overrides.applied()).isEmpty();
		assertThat(overrides.rejected()).extracting(Rejected::reason)
			.containsExactly(
					"files go into a language directory: " + this.templates.resolve("ru/messages.properties") + " or "
							+ this.templates.resolve("en/messages.properties"),
					"only files named *.properties are read",
					"ClassBell has messages in ru and en only; this directory is not read",
					"files go into a language directory: " + this.templates.resolve("sch8/ru/messages.properties")
							+ " or " + this.templates.resolve("sch8/en/messages.properties"),
					"this directory is not read: its name is neither a language (ru, en) nor a school code "
							+ "(lower-case Latin letters, digits and hyphens, such as sch8)");
	}

	@Test
	void usesASchoolsOwnTextForThatSchoolOverTheCommonOne() throws IOException {
		write("ru/messages.properties", """
				alert.attendance.sms=Общий: {child}.
				alert.praise.sms={child}: {text}
				""");
		write("sch8/ru/messages.properties", "alert.attendance.sms=Школа № 8: {child}, {facts}.\n");

		TemplateOverrides overrides = TemplateOverrides.load(this.templates);

		assertThat(overrides.rejected()).isEmpty();
		assertThat(overrides.applied()).extracting(Applied::key, Applied::school)
			.containsExactly(tuple("alert.attendance.sms", null), tuple("alert.praise.sms", null),
					tuple("alert.attendance.sms", "sch8"));
		MessageCatalog eighth = overrides.catalog().forSchool("sch8");
		assertThat(eighth.render(MessageCatalog.RUSSIAN, "alert.attendance.sms", ALERT))
			.isEqualTo("Школа № 8: Пётр, пропуск уроков 3, 4.");
		assertThat(
				eighth.render(MessageCatalog.RUSSIAN, "alert.praise.sms", Map.of("child", "Пётр", "text", "молодец")))
			.isEqualTo("Пётр: молодец");
		assertThat(eighth.render(MessageCatalog.ENGLISH, "alert.attendance.sms", ALERT))
			.isEqualTo(BUILT_IN.render(MessageCatalog.ENGLISH, "alert.attendance.sms", ALERT));
		for (MessageCatalog other : List.of(overrides.catalog(), overrides.catalog().forSchool("sch9"),
				overrides.catalog().forSchool(null))) {
			assertThat(other.render(MessageCatalog.RUSSIAN, "alert.attendance.sms", ALERT)).isEqualTo("Общий: Пётр.");
		}
		assertThat(overrides.catalog().schools()).containsExactly("sch8");
		assertThat(overrides.describe())
			.isEqualTo("Templates: built-in, 2 overrides from " + this.templates + "; school sch8: 1 override");
	}

	@Test
	void checksASchoolsTextsAsTheCommonOnesAndKeepsTheCommonTextForARejectedOne() throws IOException {
		write("ru/messages.properties", "alert.attendance.sms=Общий: {child}.\n");
		write("sch8/ru/a.properties", """
				alert.attendance.sms=<b>{child}</b>
				alert.praise.sms={child}: {text}
				""");
		write("sch8/ru/b.properties", "alert.praise.sms=Второй раз: {child}\n");

		TemplateOverrides overrides = TemplateOverrides.load(this.templates);

		assertThat(overrides.rejected()).extracting(Rejected::describe)
			.containsExactly(
					this.templates.resolve("sch8/ru/a.properties") + ": alert.attendance.sms is not used, the built-in "
							+ "text stays: this text is sent as plain text, where the tag <b> would be shown as typed; "
							+ "remove it",
					this.templates.resolve("sch8/ru/b.properties")
							+ ": alert.praise.sms is not used, the built-in text "
							+ "stays: this message is already changed in "
							+ this.templates.resolve("sch8/ru/a.properties") + ", and that text is used");
		MessageCatalog eighth = overrides.catalog().forSchool("sch8");
		assertThat(eighth.render(MessageCatalog.RUSSIAN, "alert.attendance.sms", ALERT)).isEqualTo("Общий: Пётр.");
		assertThat(
				eighth.render(MessageCatalog.RUSSIAN, "alert.praise.sms", Map.of("child", "Пётр", "text", "молодец")))
			.isEqualTo("Пётр: молодец");
		assertThat(overrides.describe()).isEqualTo("Templates: built-in, 1 override from " + this.templates
				+ "; school sch8: 1 override (2 rejected, see above)");
	}

	@Test
	void hasNoCatalogueForASchoolWhoseTextsWereAllRejected() throws IOException {
		write("sch8/en/messages.properties", "alert.attendance.sms={teacher}\n");

		TemplateOverrides overrides = TemplateOverrides.load(this.templates);

		assertThat(overrides.rejected()).extracting(Rejected::key).containsExactly("alert.attendance.sms");
		assertThat(overrides.catalog().forSchool("sch8")).isSameAs(overrides.catalog());
		assertThat(overrides.catalog().schools()).isEmpty();
	}

	@Test
	void hasNoOverridesWithoutTheDirectory() {
		Path missing = this.templates.resolve("templates");

		TemplateOverrides overrides = TemplateOverrides.load(missing);

		assertThat(overrides.applied()).isEmpty();
		assertThat(overrides.rejected()).isEmpty();
		assertThat(overrides.catalog().render(MessageCatalog.RUSSIAN, "alert.attendance.sms", ALERT))
			.isEqualTo(BUILT_IN.render(MessageCatalog.RUSSIAN, "alert.attendance.sms", ALERT));
		assertThat(overrides.describe()).isEqualTo("Templates: built-in (put overrides in " + missing + "/<ru|en>/)");
	}

	@Test
	void saysInOneLineWhereARejectionIs() throws IOException {
		write("ru/messages.properties", "alert.attendance.sms=<b>{child}</b>\n");

		assertThat(onlyRejection().describe()).isEqualTo(this.templates.resolve("ru/messages.properties")
				+ ": alert.attendance.sms is not used, the built-in text stays: this text is sent as plain text, "
				+ "where the tag <b> would be shown as typed; remove it");
	}

	private void assertRejected(String key, String reason) {
		Rejected rejected = onlyRejection();
		assertThat(rejected.key()).isEqualTo(key);
		assertThat(rejected.reason()).isEqualTo(reason);
		assertBuiltInKept(key);
	}

	private void assertBuiltInKept(String key) {
		MessageCatalog catalog = TemplateOverrides.load(this.templates).catalog();
		for (var locale : MessageCatalog.LOCALES) {
			assertThat(catalog.pattern(locale, key)).isEqualTo(BUILT_IN.pattern(locale, key));
		}
	}

	private Rejected onlyRejection() {
		TemplateOverrides overrides = TemplateOverrides.load(this.templates);
		assertThat(overrides.applied()).isEmpty();
		assertThat(overrides.rejected()).hasSize(1);
		return overrides.rejected().get(0);
	}

	private void write(String name, String content) throws IOException {
		Path file = this.templates.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

}
