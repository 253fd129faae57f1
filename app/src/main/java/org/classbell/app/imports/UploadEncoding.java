package org.classbell.app.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * The character encoding of an uploaded file, told from its first bytes: what a school's
 * software and spreadsheets save, that is UTF-8, UTF-16 and the Russian Windows-1251 and
 * KOI8-R.
 *
 * @param charset how the file's bytes are read
 * @param byteOrderMark how many bytes at the start are a byte order mark, to be skipped
 */
record UploadEncoding(Charset charset, int byteOrderMark) {

	/** How much of the file's start is looked at. */
	static final int PREFIX = 64 * 1024;

	/**
	 * The least confidence (of 100) ICU must have in UTF-16 without a byte order mark.
	 */
	private static final int UTF16_CONFIDENCE = 50;

	/** How many times good UTF-8 sequences must outnumber bad ones. */
	private static final int UTF8_MAJORITY = 10;

	/** One byte in how many may be other than text in a single-byte encoding. */
	private static final int STRAY_BYTES_PER = 200;

	/**
	 * The least confidence (of 100) ICU must have in Windows-1251 or KOI8-R; below it,
	 * too little text to judge by, letter case decides.
	 */
	private static final int CYRILLIC_CONFIDENCE = 10;

	/** The single-byte Russian encodings taken, by the name ICU gives them. */
	private static final Map<String, Charset> CYRILLIC = Map.of("windows-1251", Charset.forName("windows-1251"),
			"KOI8-R", Charset.forName("KOI8-R"));

	/** UTF-16 without a byte order mark, by the name ICU gives it. */
	private static final Map<String, Charset> UTF16 = Map.of("UTF-16LE", StandardCharsets.UTF_16LE, "UTF-16BE",
			StandardCharsets.UTF_16BE);

	/**
	 * The encoding of the file whose stream this is, read from its first {@value #PREFIX}
	 * bytes, which are then read again; empty when the file is not text in any of the
	 * encodings taken.
	 * @param in the file, with {@link InputStream#mark mark} and reset
	 */
	static Optional<UploadEncoding> detect(InputStream in) throws IOException {
		in.mark(PREFIX);
		byte[] prefix = in.readNBytes(PREFIX);
		in.reset();
		return detect(prefix);
	}

	/**
	 * The encoding of a file that starts with these bytes: a byte order mark decides;
	 * else UTF-8 where they are (a stray bad sequence among many good ones is left for
	 * the reading to report with its line); else what ICU finds likeliest of UTF-16
	 * (confident, and text), Windows-1251 and KOI8-R (by letter case where ICU is not
	 * confident of either), where nearly every byte is text in it.
	 */
	static Optional<UploadEncoding> detect(byte[] prefix) {
		if (startsWith(prefix, 0xEF, 0xBB, 0xBF)) {
			return Optional.of(new UploadEncoding(StandardCharsets.UTF_8, 3));
		}
		if (startsWith(prefix, 0xFF, 0xFE)) {
			return Optional.of(new UploadEncoding(StandardCharsets.UTF_16LE, 2));
		}
		if (startsWith(prefix, 0xFE, 0xFF)) {
			return Optional.of(new UploadEncoding(StandardCharsets.UTF_16BE, 2));
		}
		if (isMostlyUtf8(prefix)) {
			return Optional.of(new UploadEncoding(StandardCharsets.UTF_8, 0));
		}
		CharsetDetector detector = new CharsetDetector();
		detector.setText(prefix);
		Charset cyrillic = null;
		for (CharsetMatch match : detector.detectAll()) {
			Charset utf16 = UTF16.get(match.getName());
			if (utf16 != null && match.getConfidence() >= UTF16_CONFIDENCE && isText(prefix, utf16)) {
				return Optional.of(new UploadEncoding(utf16, 0));
			}
			if (cyrillic == null && match.getConfidence() >= CYRILLIC_CONFIDENCE) {
				cyrillic = CYRILLIC.get(match.getName());
			}
		}
		return Optional.ofNullable((cyrillic != null) ? cyrillic : byLetterCase(prefix))
			.filter((charset) -> isMostlyText(prefix, charset))
			.map((charset) -> new UploadEncoding(charset, 0));
	}

	/**
	 * The name the answer gives the encoding, such as {@code windows-1251}.
	 */
	String name() {
		return this.charset.name();
	}

	/**
	 * For text too short for ICU to judge: Windows-1251 where most Cyrillic letters would
	 * be lower case in it (Russian text is mostly lower case), KOI8-R where they would be
	 * in that; none without such bytes.
	 */
	private static Charset byLetterCase(byte[] bytes) {
		int lowerIn1251 = 0;
		int upperIn1251 = 0;
		for (byte b : bytes) {
			int value = b & 0xFF;
			if (value >= 0xE0) {
				lowerIn1251++;
			}
			else if (value >= 0xC0) {
				upperIn1251++;
			}
		}
		if (lowerIn1251 + upperIn1251 == 0) {
			return null;
		}
		return CYRILLIC.get((lowerIn1251 >= upperIn1251) ? "windows-1251" : "KOI8-R");
	}

	private static boolean startsWith(byte[] bytes, int... start) {
		if (bytes.length < start.length) {
			return false;
		}
		for (int i = 0; i < start.length; i++) {
			if ((bytes[i] & 0xFF) != start[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the bytes are UTF-8 text but for a stray bad sequence: their good
	 * multi-byte sequences (if any) outnumber the bad ones {@value #UTF8_MAJORITY} times,
	 * and control characters are as rare as {@link #isMostlyText} allows. Text in a
	 * single-byte Russian encoding has a bad sequence at nearly every lower-case letter;
	 * UTF-16 has a zero byte in nearly every character.
	 */
	static boolean isMostlyUtf8(byte[] bytes) {
		int good = 0;
		int bad = 0;
		int control = 0;
		for (int i = 0; i < bytes.length;) {
			int lead = bytes[i] & 0xFF;
			if (lead < 0x20 && lead != '\t' && lead != '\n' && lead != '\r' || lead == 0x7F) {
				control++;
			}
			int length = (lead < 0x80) ? 1 : (lead >= 0xC2 && lead <= 0xDF) ? 2
					: (lead >= 0xE0 && lead <= 0xEF) ? 3 : (lead >= 0xF0 && lead <= 0xF4) ? 4 : 0;
			if (length == 1) {
				i++;
				continue;
			}
			if (length > 0 && i + length > bytes.length) {
				break;
			}
			boolean continued = length > 0;
			for (int k = 1; continued && k < length; k++) {
				continued = (bytes[i + k] & 0xC0) == 0x80;
			}
			if (continued) {
				good++;
				i += length;
			}
			else {
				bad++;
				i++;
			}
		}
		return good >= UTF8_MAJORITY * bad && control * STRAY_BYTES_PER <= bytes.length;
	}

	/**
	 * Whether at most one byte in {@value #STRAY_BYTES_PER} of these is not text in the
	 * single-byte charset (undefined, or a control character but tabs and line ends); the
	 * reading reports the line of such a stray byte.
	 */
	private static boolean isMostlyText(byte[] bytes, Charset charset) {
		boolean[] text = new boolean[256];
		for (int b = 0; b < 256; b++) {
			text[b] = isText(new byte[] { (byte) b }, charset);
		}
		long stray = 0;
		for (byte b : bytes) {
			if (!text[b & 0xFF]) {
				stray++;
			}
		}
		return stray * STRAY_BYTES_PER <= bytes.length;
	}

	/**
	 * Whether the bytes, perhaps ending within a character, are text in the charset: they
	 * decode, and into no control characters but tabs and line ends.
	 */
	private static boolean isText(byte[] bytes, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer text = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), text, false);
		if (result.isError()) {
			return false;
		}
		text.flip();
		return text.chars().noneMatch((c) -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
	}

}
