package org.classbell.templates.sms;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SmsTextTest {

	private static final String ALERT = "Пётр Иванов (5А), 25 ноября: пропуск уроков 3, 4; опоздание на урок 1.";

	private static final String LONG_ALERT = ALERT + " Классный руководитель просит связаться с ним до пятницы.";

	private static final String HINT = "Подробнее: ответьте ОТЧЕТ";

	@ParameterizedTest
	@CsvSource({ "1, 1", "160, 1", "161, 2", "306, 2", "307, 3", "459, 3", "460, 4" })
	void billsGsmTextsInPartsOf153SeptetsOnceOver160(int length, int segments) {
		Sms sms = SmsText.measure("a".repeat(length));

		assertThat(sms.encoding()).isEqualTo(SmsEncoding.GSM7);
		assertThat(sms.units()).isEqualTo(length);
		assertThat(sms.segments()).isEqualTo(segments);
	}

	@Test
	void countsExtensionCharactersAsTwoSeptets() {
		assertThat(SmsText.measure("{}".repeat(40))).isEqualTo(new Sms("{}".repeat(40), SmsEncoding.GSM7, 160, 1));
		assertThat(SmsText.measure("{}".repeat(40) + "a").segments()).isEqualTo(2);
		assertThat(SmsText.measure("^{}\\[~]|€\f").units()).isEqualTo(20);
	}

	@Test
	void neverSplitsAnEscapePairAcrossParts() {
		String plain = "a".repeat(306);
		String braceAt153 = "a".repeat(152) + "{" + "a".repeat(152);

		assertThat(SmsText.measure(plain).segments()).isEqualTo(2);
		assertThat(SmsText.measure(braceAt153).units()).isEqualTo(306);
		assertThat(SmsText.measure(braceAt153).segments()).isEqualTo(3);
		assertThat(SmsText.measure("a".repeat(151) + "{" + "a".repeat(153)).segments()).isEqualTo(2);
	}

	@ParameterizedTest
	@CsvSource({ "1, 1", "70, 1", "71, 2", "134, 2", "135, 3", "201, 3", "202, 4" })
	void billsUcs2TextsInPartsOf67CodeUnitsOnceOver70(int length, int segments) {
		Sms sms = SmsText.measure("ж".repeat(length));

		assertThat(sms.encoding()).isEqualTo(SmsEncoding.UCS2);
		assertThat(sms.units()).isEqualTo(length);
		assertThat(sms.segments()).isEqualTo(segments);
	}

	@Test
	void neverSplitsAnEmojiAcrossParts() {
		String emojiAcross67 = "ж".repeat(66) + "😀" + "ж".repeat(66);
		String emojiWithin67 = "ж".repeat(65) + "😀" + "ж".repeat(67);

		assertThat(SmsText.measure(emojiAcross67).units()).isEqualTo(134);
		assertThat(SmsText.measure(emojiAcross67).segments()).isEqualTo(3);
		assertThat(SmsText.measure(emojiWithin67).segments()).isEqualTo(2);
		assertThat(SmsText.measure("😀".repeat(35))).extracting(Sms::units, Sms::segments).containsExactly(70, 1);
	}

	@Test
	void billsAnEmptyTextAsOneSegment() {
		assertThat(SmsText.measure("")).isEqualTo(new Sms("", SmsEncoding.GSM7, 0, 1));
	}

	@Test
	void sendsCyrillicAsUcs2() {
		assertThat(SmsText.measure("Пётр (5А): пропуск уроков 3, 4."))
			.isEqualTo(new Sms("Пётр (5А): пропуск уроков 3, 4.", SmsEncoding.UCS2, 31, 1));
	}

	@Test
	void sendsLatinAsGsm7() {
		assertThat(SmsText.measure("Petr (5A): missed lessons 3, 4. Café & 100€ @ 5 {ok}"))
			.extracting(Sms::encoding, Sms::units, Sms::segments)
			.containsExactly(SmsEncoding.GSM7, 55, 1);
	}

	@Test
	void sendsTheWholeTextAsUcs2ForOneCyrillicLetter() {
		Sms sms = SmsText.measure("Petr (5A): missed lessons 3, 4. Thаnks");

		assertThat(sms.encoding()).isEqualTo(SmsEncoding.UCS2);
		assertThat(sms.units()).isEqualTo(38);
	}

	@ParameterizedTest
	@ValueSource(strings = { "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ", " !\"#¤%&'()*+,-./0123456789:;<=>?",
			"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§", "¿abcdefghijklmnopqrstuvwxyzäöñüà" })
	void knowsTheGsmBasicTable(String characters) {
		assertThat(SmsText.measure(characters).encoding()).isEqualTo(SmsEncoding.GSM7);
		assertThat(SmsText.measure(characters).units()).isEqualTo(characters.length());
	}

	@ParameterizedTest
	@ValueSource(strings = { "ç", "`", "ё", "\t", "á", "ê", "\u2206", "\u03C9", "А", "«", "—", "…", "\u00A0", "😀" })
	void needsUcs2ForWhatTheGsmAlphabetLacks(String character) {
		assertThat(SmsText.measure("abc" + character).encoding()).isEqualTo(SmsEncoding.UCS2);
	}

	@Test
	void smartEncodingMakesTypographyGsm7() {
		String smart = SmsText.smart("«Hello» — “world”… it’s №\u00A05 – ok");

		assertThat(smart).isEqualTo("\"Hello\" - \"world\"... it's No. 5 - ok");
		assertThat(SmsText.measure(smart).encoding()).isEqualTo(SmsEncoding.GSM7);
	}

	@Test
	void smartEncodingLeavesCyrillicAlone() {
		String smart = SmsText.smart("«Ёлка» — №5");

		assertThat(smart).isEqualTo("\"Ёлка\" - No.5");
		assertThat(SmsText.measure(smart).encoding()).isEqualTo(SmsEncoding.UCS2);
	}

	@Test
	void transliteratesAnAlertIntoReadableGsm7() {
		String latin = SmsText.transliterate(ALERT);

		assertThat(latin).isEqualTo("Petr Ivanov (5A), 25 noyabrya: propusk urokov 3, 4; opozdaniye na urok 1.");
		assertThat(SmsText.measure(latin).encoding()).isEqualTo(SmsEncoding.GSM7);
	}

	@ParameterizedTest
	@CsvSource({ "Пётр, Petr", "Щукин, Shchukin", "Соловьёв, Solovyev", "Подъезд, Podyezd", "ЕГЭ, YEGE",
			"Наталья Андреевна, Natalya Andreyevna", "Хабибуллин Цой, Khabibullin Tsoy", "Київ, Kiiv" })
	void transliteratesNamesWithoutMarksGsmLacksOrPeopleStumbleOn(String cyrillic, String latin) {
		assertThat(SmsText.transliterate(cyrillic)).isEqualTo(latin);
	}

	@Test
	void transliterationKeepsGsmLettersAndTypography() {
		assertThat(SmsText.transliterate("«Café» — Zoë, Ärger, façade…")).isEqualTo("\"Café\" - Zoe, Ärger, facade...");
	}

	@Test
	void transliteratesFromManyThreadsAtOnce() {
		String expected = SmsText.transliterate(LONG_ALERT);

		List<String> results = IntStream.range(0, 2000)
			.parallel()
			.mapToObj((i) -> SmsText.transliterate(LONG_ALERT))
			.toList();

		assertThat(results).containsOnly(expected);
	}

	@Test
	void composeLeavesAFittingTextUnchanged() {
		assertThat(SmsText.compose(ALERT, false, 1)).isEqualTo(SmsText.measure(ALERT));
		assertThat(SmsText.compose("a".repeat(160), false, 1).text()).isEqualTo("a".repeat(160));
		assertThat(SmsText.compose(LONG_ALERT, false, 2, HINT).text()).isEqualTo(LONG_ALERT);
	}

	@Test
	void composeCutsCyrillicToOneSegmentWithAnEllipsis() {
		Sms sms = SmsText.compose(LONG_ALERT, false, 1);

		assertThat(sms.text()).isEqualTo("Пётр Иванов (5А), 25 ноября: пропуск уроков 3, 4; опоздание на урок 1…");
		assertThat(sms.encoding()).isEqualTo(SmsEncoding.UCS2);
		assertThat(sms.units()).isLessThanOrEqualTo(70);
		assertThat(sms.segments()).isEqualTo(1);
	}

	@Test
	void composeCutsGsmToOneSegmentWithThreeDots() {
		Sms sms = SmsText.compose("Petr Ivanov missed lessons today. ".repeat(6), false, 1);

		assertThat(sms.text()).endsWith("Petr Ivanov missed lessons today. Petr Ivanov missed...");
		assertThat(sms.encoding()).isEqualTo(SmsEncoding.GSM7);
		assertThat(sms.units()).isLessThanOrEqualTo(160);
		assertThat(sms.segments()).isEqualTo(1);
	}

	@Test
	void composeCutsAtTheLimitWhenNoWordBoundaryIsCloseEnough() {
		assertThat(SmsText.compose("a".repeat(200), false, 1).text()).isEqualTo("a".repeat(157) + "...");
		assertThat(SmsText.compose("a ".repeat(10) + "a".repeat(200), false, 1).text())
			.isEqualTo("a ".repeat(10) + "a".repeat(137) + "...");
	}

	@Test
	void composeKeepsAGsmTextGsmWhenTheUcs2PartIsCutOff() {
		Sms sms = SmsText.compose("Latin text here. ".repeat(20) + "Жж", false, 1);

		assertThat(sms.encoding()).isEqualTo(SmsEncoding.GSM7);
		assertThat(sms.text()).endsWith("here...").hasSizeLessThanOrEqualTo(160);
	}

	@Test
	void composeNeverCutsAnEmojiInHalf() {
		Sms sms = SmsText.compose("😀".repeat(40), false, 1);

		assertThat(sms.text()).isEqualTo("😀".repeat(34) + "…");
		assertThat(sms.units()).isEqualTo(69);
	}

	@Test
	void composeCutsToSeveralSegments() {
		Sms sms = SmsText.compose(LONG_ALERT.repeat(3), false, 2);

		assertThat(sms.segments()).isEqualTo(2);
		assertThat(sms.units()).isBetween(100, 134);
		assertThat(sms.text()).endsWith("…");
	}

	@Test
	void composeTransliteratesAndAppliesSmartEncoding() {
		Sms sms = SmsText.compose("«Пётр» — 5А…", true, 1);

		assertThat(sms).isEqualTo(new Sms("\"Petr\" - 5A...", SmsEncoding.GSM7, 14, 1));
	}

	@Test
	void composeEndsACutTextWithTheHint() {
		Sms sms = SmsText.compose(LONG_ALERT, false, 1, HINT);

		assertThat(sms.text()).isEqualTo("Пётр Иванов (5А), 25 ноября: пропуск уроков…\n" + HINT);
		assertThat(sms.units()).isLessThanOrEqualTo(70);
		assertThat(sms.segments()).isEqualTo(1);
	}

	@Test
	void composeTransliteratesTheHintToo() {
		Sms sms = SmsText.compose(LONG_ALERT + " " + LONG_ALERT, true, 1, HINT);

		assertThat(sms.encoding()).isEqualTo(SmsEncoding.GSM7);
		assertThat(sms.segments()).isEqualTo(1);
		assertThat(sms.text()).startsWith("Petr Ivanov (5A)").endsWith("...\nPodrobneye: otvette OTCHET");
	}

	@Test
	void composeLeavesOutAHintThatDoesNotFit() {
		Sms sms = SmsText.compose(LONG_ALERT, false, 1, "ж".repeat(69));

		assertThat(sms.text()).isEqualTo("Пётр Иванов (5А), 25 ноября: пропуск уроков 3, 4; опоздание на урок 1…");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1 })
	void composeRefusesABudgetOfNoSegments(int maxSegments) {
		assertThatIllegalArgumentException().isThrownBy(() -> SmsText.compose(ALERT, false, maxSegments));
		assertThatIllegalArgumentException().isThrownBy(() -> SmsText.compose(ALERT, false, maxSegments, HINT));
	}

}
