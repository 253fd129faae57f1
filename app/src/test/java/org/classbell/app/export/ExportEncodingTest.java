package org.classbell.app.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportEncodingTest {

	@Test
	void writesUtf8AfterAByteOrderMark() throws IOException {
		ExportEncoding utf8 = ExportEncoding.named("utf8").orElseThrow();

		assertThat(written(utf8, "Пётр ☕")).containsExactly(concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				"Пётр ☕".getBytes(StandardCharsets.UTF_8)));
		assertThat(utf8.fitter().apply("Пётр ☕ café")).isEqualTo("Пётр ☕ café");
		assertThat(utf8).hasToString("UTF-8 with a byte order mark");
	}

	@Test
	void writesWindows1251WithoutAByteOrderMark() throws IOException {
		ExportEncoding windows = ExportEncoding.named("windows-1251").orElseThrow();

		assertThat(written(windows, "Пётр №5 «ё»"))
			.containsExactly("Пётр №5 «ё»".getBytes(Charset.forName("windows-1251")));
		assertThat(ExportEncoding.named("cp1251")).get().hasToString("windows-1251");
	}

	@Test
	void spellsInLatinWhatTheSetLacksOrWritesAQuestionMark() {
		var fit = ExportEncoding.named("windows-1251").orElseThrow().fitter();

		assertThat(fit.apply("Café Müller, Łódź")).isEqualTo("Cafe Muller, Lodz");
		assertThat(fit.apply("Әлия 中 ☕ 😀")).isEqualTo("?лия zhong ? ?");
		assertThat(fit.apply("Иванов-Петров «Ёж» — №5")).isEqualTo("Иванов-Петров «Ёж» — №5");
		assertThat(ExportEncoding.named("US-ASCII").orElseThrow().fitter().apply("Пётр")).isEqualTo("Petr");
	}

	@Test
	void knowsOnlyCharacterSetsJavaCanWrite() {
		assertThat(ExportEncoding.named("koi9")).isEmpty();
		assertThat(ExportEncoding.named("no such/set")).isEmpty();
		assertThat(ExportEncoding.named(" ")).isEmpty();
		assertThat(ExportEncoding.named(null)).isEmpty();
		assertThat(ExportEncoding.named("KOI8-R")).isPresent();
	}

	private static byte[] written(ExportEncoding encoding, String text) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = encoding.writer(out)) {
			writer.write(text);
		}
		return out.toByteArray();
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
