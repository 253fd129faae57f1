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

	/**
	 * The text with each run of characters the encoder cannot write spelt in Latin
	 * letters (a run at a time, as transliteration depends on the letters around), and
	 * what is still unwritable as {@code ?}.
	 */
	private static String fit(String text, CharsetEncoder encoder) {
		if (text == null || encoder.canEncode(text)) {
			return text;
		}
		StringBuilder fitted = new StringBuilder(text.length() + 8);
		StringBuilder run = new StringBuilder();
		text.codePoints().forEach((codePoint) -> {
			String character = Character.toString(codePoint);
			if (encoder.canEncode(character)) {
				spell(run, encoder, fitted);
				fitted.append(character);
			}
			else {
				run.append(character);
			}
		});
		spell(run, encoder, fitted);
		return fitted.toString();
	}

	private static void spell(StringBuilder run, CharsetEncoder encoder, StringBuilder fitted) {
		if (run.isEmpty()) {
			return;
		}
		latin(run.toString()).codePoints().forEach((codePoint) -> {
			String character = Character.toString(codePoint);
			fitted.append(encoder.canEncode(character) ? character : "?");
		});
		run.setLength(0);
	}

	/**
	 * The text in Latin letters, as near ASCII as ICU's transliteration gets.
	 */
	static String latin(String text) {
		return Latin.TRANSLITERATOR.transliterate(text);
	}

	@Override
	public String toString() {
		return this.charset.name() + (byteOrderMark() ? " with a byte order mark" : "");
	}

	/**
	 * ICU's transliteration, loaded when first needed (it takes a while).
	 */
	private static final class Latin {

		/**
		 * Russian by BGN/PCGN (Пётр as Petr, Щукин as Shchukin), any other script by
		 * ICU's general rules, without the marks of soft and hard signs, then reduced to
		 * ASCII. ICU transliterators keep no state between calls, so one instance serves
		 * every thread.
		 */
		static final Transliterator TRANSLITERATOR = Transliterator
			.getInstance("NFC; Russian-Latin/BGN; Any-Latin; [\\u02B9\\u02BA\\u00B7] Remove; Latin-ASCII");

	}

}
