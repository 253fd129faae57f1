package org.classbell.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.ibm.icu.text.Transliterator;

/**
 * The character set export files are written in. UTF-8 files start with a byte order
 * mark, so that a spreadsheet opening them knows them; files in any other set have none.
 * A character the set cannot hold (an emoji, a Latin letter with an accent in
 * windows-1251) is spelt in Latin letters by ICU's transliteration (é as e, 中 as zhong),
 * or written as {@code ?} where that is not in the set either: never as bytes of another
 * character.
 */
public final class ExportEncoding {

	/**
	 * Any script in Latin letters, then reduced to ASCII. ICU transliterators keep no
	 * state between calls, so one instance serves every thread.
	 */
	private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final Charset charset;

	private ExportEncoding(Charset charset) {
		this.charset = charset;
	}

	/**
	 * The encoding of the character set so named ({@code UTF-8}, {@code windows-1251},
	 * {@code cp1251}…), if Java knows it and can write it.
	 */
	public static Optional<ExportEncoding> named(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		try {
			Charset charset = Charset.forName(name.strip());
			return charset.canEncode() ? Optional.of(new ExportEncoding(charset)) : Optional.empty();
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return Optional.empty();
		}
	}

	public Charset charset() {
		return this.charset;
	}

	/**
	 * Whether files start with a byte order mark: UTF-8 only.
	 */
	public boolean byteOrderMark() {
		return StandardCharsets.UTF_8.equals(this.charset);
	}

	/**
	 * A writer of text in this character set to the stream, the byte order mark written
	 * first where there is one. Text should be fitted first; anything left that the set
	 * cannot hold is written as its replacement, {@code ?}.
	 */
	Writer writer(OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out,
				this.charset.newEncoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE));
		if (byteOrderMark()) {
			writer.write(BYTE_ORDER_MARK);
		}
		return writer;
	}

	/**
	 * What fits texts to this character set, for one thread (each keeps an encoder of its
	 * own): characters the set holds stay, the others are transliterated or become
	 * {@code ?}.
	 */
	UnaryOperator<String> fitter() {
		if (StandardCharsets.UTF_8.equals(this.charset)) {
			return UnaryOperator.identity();
		}
		CharsetEncoder encoder = this.charset.newEncoder();
		return (text) -> fit(text, encoder);
	}

	private static String fit(String text, CharsetEncoder encoder) {
		if (text == null || encoder.canEncode(text)) {
			return text;
		}
		StringBuilder fitted = new StringBuilder(text.length() + 8);
		text.codePoints().forEach((codePoint) -> {
			String character = Character.toString(codePoint);
			if (encoder.canEncode(character)) {
				fitted.append(character);
			}
			else {
				String latin = TO_LATIN.transliterate(character);
				fitted.append((!latin.isEmpty() && !latin.equals(character) && encoder.canEncode(latin)) ? latin : "?");
			}
		});
		return fitted.toString();
	}

	/**
	 * The text in Latin letters, as near ASCII as ICU's transliteration gets.
	 */
	static String latin(String text) {
		return TO_LATIN.transliterate(text);
	}

	@Override
	public String toString() {
		return this.charset.name() + (byteOrderMark() ? " with a byte order mark" : "");
	}

}
