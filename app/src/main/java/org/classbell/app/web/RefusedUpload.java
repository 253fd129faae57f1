package org.classbell.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What is left of an upload refused for its size, read and thrown away (a bounded amount,
 * a buffer at a time) before the answer: a client still sending a large file then reads
 * the answer, where a connection closed under it would be reset and lose the answer.
 */
public final class RefusedUpload {

	/** Read no more than this many times the limit; beyond, the connection is closed. */
	private static final int TIMES_THE_LIMIT = 8;

	private RefusedUpload() {
	}

	/**
	 * The answer to an upload larger than the limit, which it states, after the rest of
	 * the upload is thrown away.
	 */
	public static ResponseEntity<ApiError> answer(ApiErrors errors, HttpServletRequest request, long limit) {
		discardRest(request, limit);
		return errors.answer(HttpStatus.CONTENT_TOO_LARGE, request, "import.too_large",
				Map.of("max", limit / (1024.0 * 1024.0)));
	}

	/**
	 * Reads what is left of the upload and throws it away, a bounded amount.
	 */
	public static void discardRest(HttpServletRequest request, long limit) {
		try {
			InputStream in = request.getInputStream();
			byte[] buffer = new byte[64 * 1024];
			long left = limit * TIMES_THE_LIMIT;
			for (int read; left > 0 && (read = in.read(buffer)) >= 0;) {
				left -= read;
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the body was read already: nothing to throw away
		}
	}

}
