package org.classbell.app.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

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
