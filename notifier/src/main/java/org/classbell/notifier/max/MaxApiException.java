package org.classbell.notifier.max;

import java.time.Duration;

/**
 * A call of the MAX Bot API that failed: MAX answered with an error, or could not be
 * reached. Its message never holds the bot's token.
 */
public class MaxApiException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final String code;

	private final transient Duration retryAfter;

	private final String detail;

	MaxApiException(int status, String code, String message, Duration retryAfter, Throwable cause) {
		this(status, code, null, message, retryAfter, cause);
	}

	MaxApiException(int status, String code, String detail, String message, Duration retryAfter, Throwable cause) {
		super(message, cause);
		this.status = status;
		this.code = code;
		this.detail = detail;
		this.retryAfter = retryAfter;
	}

	/**
	 * What MAX said of the error, as short as it said it: its message, else its code,
	 * else the whole of {@link #getMessage()}.
	 */
	public String detail() {
		return (this.detail != null) ? this.detail : (this.code != null) ? this.code : getMessage();
	}

	/**
	 * The HTTP status MAX answered, such as 403 when the user blocked the bot or 429 for
	 * too many requests; 0 when MAX could not be reached or did not answer in time.
	 */
	public int status() {
		return this.status;
	}

	/**
	 * MAX's error code, such as {@code chat.denied} or {@code verify.token}; {@code null}
	 * when the answer had none.
	 */
	public String code() {
		return this.code;
	}

	/**
	 * How long MAX asked to wait before the next call (a 429's {@code Retry-After}), or
	 * {@code null}.
	 */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
