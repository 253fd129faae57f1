package org.classbell.app.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * An uploaded file read as it arrives, strictly in its {@link UploadEncoding} (the byte
 * order mark at the start is skipped), at most a given number of bytes. Only a small
 * buffer is held, whatever the size of the file. It stops with {@link Undecodable} at the
 * first bytes that are not text in the encoding, naming their line, and with
 * {@link TooLarge} once the file passes its limit.
 */
final class TextUpload extends Reader {

	private static final int BUFFER = 8192;

	private final InputStream in;

	private final long maxBytes;

	private final CharsetDecoder decoder;

	private final int byteOrderMark;

	private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();

	/** Decoded, not yet read. */
	private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();

	private long bytesRead;

	private long newlines;

	private boolean started;

	private boolean ended;

	private boolean flushed;

	TextUpload(InputStream in, UploadEncoding encoding, long maxBytes) {
		this.in = in;
		this.maxBytes = maxBytes;
		this.decoder = encoding.charset()
			.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		this.byteOrderMark = encoding.byteOrderMark();
	}

	@Override
	public int read(char[] target, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (!this.chars.hasRemaining() && !decodeMore()) {
			return -1;
		}
		int read = Math.min(length, this.chars.remaining());
		this.chars.get(target, offset, read);
		this.newlines += count(target, offset, offset + read);
		return read;
	}

	/**
	 * Decodes the next characters into the buffer (which has room for a surrogate pair);
	 * {@code false} at the end of the file.
	 */
	private boolean decodeMore() throws IOException {
		this.chars.clear();
		while (this.chars.position() == 0 && !this.flushed) {
			if (!this.ended && (!this.started || !this.bytes.hasRemaining())) {
				fill();
				continue;
			}
			CoderResult result = this.decoder.decode(this.bytes, this.chars, this.ended);
			if (result.isError()) {
				throw new Undecodable(this.newlines + count(this.chars.array(), 0, this.chars.position()) + 1);
			}
			if (result.isUnderflow() && this.ended) {
				this.decoder.flush(this.chars);
				this.flushed = true;
			}
			else if (result.isUnderflow()) {
				fill();
			}
		}
		this.chars.flip();
		return this.chars.hasRemaining();
	}

	/**
	 * Reads more bytes after those not yet decoded (part of a character at most).
	 */
	private void fill() throws IOException {
		this.bytes.compact();
		int read = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
		if (read < 0) {
			this.ended = true;
		}
		else {
			this.bytesRead += read;
			if (this.bytesRead > this.maxBytes) {
				throw new TooLarge(this.maxBytes);
			}
			this.bytes.position(this.bytes.position() + read);
		}
		this.bytes.flip();
		if (!this.started && (this.bytes.remaining() >= this.byteOrderMark || this.ended)) {
			this.started = true;
			this.bytes.position(Math.min(this.byteOrderMark, this.bytes.remaining()));
		}
	}

	private static long count(char[] chars, int from, int to) {
		long newlines = 0;
		for (int i = from; i < to; i++) {
			if (chars[i] == '\n') {
				newlines++;
			}
		}
		return newlines;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

	/**
	 * Bytes that are not text in the file's encoding, on the given line of the file.
	 */
	static final class Undecodable extends IOException {

		private final long line;

		Undecodable(long line) {
			super("not text in its encoding at line " + line);
			this.line = line;
		}

		long line() {
			return this.line;
		}

	}

	/**
	 * A file larger than the limit.
	 */
	static final class TooLarge extends IOException {

		private final long maxBytes;

		TooLarge(long maxBytes) {
			super("larger than " + maxBytes + " bytes");
			this.maxBytes = maxBytes;
		}

		long maxBytes() {
			return this.maxBytes;
		}

	}

}
