package org.classbell.app.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TextUploadTest {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final UploadEncoding UTF_8 = new UploadEncoding(StandardCharsets.UTF_8, 0);

	@Test
	void readsTextArrivingAByteAtATimeWithAByteOrderMark() throws IOException {
		String text = "класс,имя\n5А,Пётр 👏\n";

		assertThat(read(new OneByteAtATime(concat(BOM, text.getBytes(StandardCharsets.UTF_8))),
				new UploadEncoding(StandardCharsets.UTF_8, 3), 1000))
			.isEqualTo(text);
	}

	@Test
	void readsACharacterBeyondTheBasicPlaneOneCharAtATime() throws IOException {
		String text = "a😀б\n";
		try (Reader reader = new TextUpload(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), UTF_8,
				100)) {
			StringBuilder read = new StringBuilder();
			char[] one = new char[1];
			for (int n; (n = reader.read(one, 0, 1)) >= 0;) {
				read.append(one, 0, n);
			}
			assertThat(read.toString()).isEqualTo(text);
		}
	}

	@Test
	void readsLargeTextInOneGo() throws IOException {
		String text = "Ё".repeat(100_000) + "\n" + "a".repeat(100_001);

		assertThat(read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1_000_000)).isEqualTo(text);
	}

	@Test
	void namesTheLineOfTheFirstBytesThatAreNotUtf8() {
		byte[] text = ("a,b\n1,2\n" + "x".repeat(20_000) + "\nИванов\n").getBytes(Charset.forName("windows-1251"));

		assertThatExceptionOfType(TextUpload.Undecodable.class)
			.isThrownBy(() -> read(new ByteArrayInputStream(text), 100_000))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(4));
	}

	@Test
	void stopsOnceTheFilePassesItsLimit() {
		byte[] text = "a".repeat(10_001).getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(TextUpload.TooLarge.class)
			.isThrownBy(() -> read(new ByteArrayInputStream(text), 10_000));
	}

	@Test
	void takesAFileOfExactlyItsLimit() throws IOException {
		byte[] text = "a".repeat(10_000).getBytes(StandardCharsets.UTF_8);

		assertThat(read(new ByteArrayInputStream(text), 10_000)).hasSize(10_000);
	}

	@Test
	void readsUtf16AfterItsByteOrderMarkAndNamesTheLineOfAnUnpairedSurrogate() throws IOException {
		String text = "класс\tимя\n5А\tПётр\n";
		byte[] bytes = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, text.getBytes(StandardCharsets.UTF_16LE));
		UploadEncoding utf16 = new UploadEncoding(StandardCharsets.UTF_16LE, 2);

		assertThat(read(new OneByteAtATime(bytes), utf16, 1000)).isEqualTo(text);
		byte[] broken = concat(bytes, new byte[] { 0x00, (byte) 0xDC, 'x', 0 });
		assertThatExceptionOfType(TextUpload.Undecodable.class)
			.isThrownBy(() -> read(new ByteArrayInputStream(broken), utf16, 1000))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(3));
	}

	@Test
	void readsWindows1251StrictlyNamingTheLineOfAByteItLacks() throws IOException {
		Charset windows1251 = Charset.forName("windows-1251");
		String text = "класс;имя\n5А;Пётр\n";
		UploadEncoding encoding = new UploadEncoding(windows1251, 0);

		assertThat(read(new ByteArrayInputStream(text.getBytes(windows1251)), encoding, 1000)).isEqualTo(text);
		byte[] broken = concat(text.getBytes(windows1251), new byte[] { 'a', (byte) 0x98 });
		assertThatExceptionOfType(TextUpload.Undecodable.class)
			.isThrownBy(() -> read(new ByteArrayInputStream(broken), encoding, 1000))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(3));
	}

	private static String read(InputStream in, long limit) throws IOException {
		return read(in, UTF_8, limit);
	}

	private static String read(InputStream in, UploadEncoding encoding, long limit) throws IOException {
		try (Reader reader = new TextUpload(in, encoding, limit)) {
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[777];
			for (int read; (read = reader.read(buffer, 0, buffer.length)) >= 0;) {
				text.append(buffer, 0, read);
			}
			return text.toString();
		}
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	/**
	 * A stream that gives one byte per read, as a slow network might.
	 */
	private static final class OneByteAtATime extends InputStream {

		private final ByteArrayInputStream bytes;

		OneByteAtATime(byte[] bytes) {
			this.bytes = new ByteArrayInputStream(bytes);
		}

		@Override
		public int read() {
			return this.bytes.read();
		}

		@Override
		public int read(byte[] target, int offset, int length) {
			return this.bytes.read(target, offset, Math.min(1, length));
		}

	}

}
