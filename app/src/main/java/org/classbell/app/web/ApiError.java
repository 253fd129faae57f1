package org.classbell.app.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON body of every error of the HTTP API.
 *
 * @param status the HTTP status code
 * @param error the status's reason phrase
 * @param message what went wrong, in the caller's language
 * @param path the path asked for
 * @param field the field of the request that is wrong (the first, where several are),
 * such as {@code timeZone} or {@code smsSegments.alert}
 * @param errors the details, such as every bad line of an imported file, or the
 * candidates of an ambiguous name
 * @param total how many details there are, when not all are listed (the first 100 bad
 * lines of an imported file, say)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, String path, String field, List<?> errors,
		Integer total) {

	public ApiError(int status, String error, String message, String path, List<?> errors, Integer total) {
		this(status, error, message, path, null, errors, total);
	}

	public ApiError(int status, String error, String message, String path, List<?> errors) {
		this(status, error, message, path, null, errors, null);
	}

}
