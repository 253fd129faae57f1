package org.classbell.app.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UploadEncodingTest {

	private static final String ROSTER = ImportApiIntegrationTest.ROSTER_HEADER.replace(',', ';')
			+ "5А;1;Иванов;Пётр;Сергеевич;Иванова Мария Петровна;8 (912) 345-67-89;ru;yes\n";

	@Test
	void takesTheByteOrderMarkForTheEncoding() {
		assertThat(detect(bytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, "a", StandardCharsets.UTF_8)))
			.isEqualTo(new UploadEncoding(StandardCharsets.UTF_8, 3));
		assertThat(detect(bytes(new byte[] { (byte) 0xFF, (byte) 0xFE }, ROSTER, StandardCharsets.UTF_16LE)))
			.isEqualTo(new UploadEncoding(StandardCharsets.UTF_16LE, 2));
		assertThat(detect(bytes(new byte[] { (byte) 0xFE, (byte) 0xFF }, ROSTER, StandardCharsets.UTF_16BE)))
			.isEqualTo(new UploadEncoding(StandardCharsets.UTF_16BE, 2));
	}

	@Test
	void readsUtf8WithoutAByteOrderMarkEvenWhenThePrefixEndsWithinACharacter() {
		byte[] text = ("a".repeat(UploadEncoding.PREFIX - 1) + "Ё").getBytes(StandardCharsets.UTF_8);

		assertThat(detect(Arrays.copyOf(text, UploadEncoding.PREFIX)))
			.isEqualTo(new UploadEncoding(StandardCharsets.UTF_8, 0));
	}

	@Test
	void leavesAStrayBadSequenceInUtf8ForTheReadingToReport() {
		byte[] text = ROSTER.getBytes(StandardCharsets.UTF_8);
		text[text.length - 5] = (byte) 0xD0;

		assertThat(detect(text)).isEqualTo(new UploadEncoding(StandardCharsets.UTF_8, 0));
	}

	@Test
	void tellsWindows1251FromKoi8r() {
		assertThat(detect(ROSTER.getBytes(Charset.forName("windows-1251"))).charset().name()).isEqualTo("windows-1251");
		assertThat(detect(ROSTER.getBytes(Charset.forName("KOI8-R"))).charset().name()).isEqualTo("KOI8-R");
	}

	@Test
	void tellsShortWindows1251FromKoi8rByLetterCase() {
		String text = "class;last_name;first_name\n5А;Иванов;Пётр\n";

		assertThat(detect(text.getBytes(Charset.forName("windows-1251"))).name()).isEqualTo("windows-1251");
		assertThat(detect(text.getBytes(Charset.forName("KOI8-R"))).name()).isEqualTo("KOI8-R");
	}

	@Test
	void readsUtf16WithoutAByteOrderMark() {
		assertThat(detect(ROSTER.replace(';', '\t').getBytes(StandardCharsets.UTF_16LE)))
			.isEqualTo(new UploadEncoding(StandardCharsets.UTF_16LE, 0));
	}

	@Test
	void findsNoEncodingInRandomBytes() {
		Random random = new Random(15);
		for (int size : new int[] { 16, 300, 4096, UploadEncoding.PREFIX }) {
			byte[] bytes = new byte[size];
			random.nextBytes(bytes);
			assertThat(UploadEncoding.detect(bytes)).as("%d random bytes", size).isEmpty();
		}
	}

	@Test
	void findsNoEncodingInAZipSuchAsASpreadsheet() throws IOException {
		var zip = new ByteArrayOutputStream();
		try (var out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			out.write(("<sheetData>" + "<row><c t=\"s\"><v>1</v></c></row>".repeat(2000) + "</sheetData>")
				.getBytes(StandardCharsets.UTF_8));
		}

		assertThat(UploadEncoding.detect(zip.toByteArray())).isEmpty();
	}

	private static UploadEncoding detect(byte[] bytes) {
		return UploadEncoding.detect(bytes).orElseThrow();
	}

	private static byte[] bytes(byte[] start, String text, Charset charset) {
		byte[] rest = text.getBytes(charset);
		byte[] both = Arrays.copyOf(start, start.length + rest.length);
		System.arraycopy(rest, 0, both, start.length, rest.length);
		return both;
	}

}
