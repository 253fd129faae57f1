package org.classbell.app.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.classbell.templates.MessageCatalog;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Makes {@link ApiError} answers with messages from the catalogue, in the language the
 * caller asks for with {@code Accept-Language} (Russian when they do not say).
 */
@Component
public class ApiErrors {

	private final MessageCatalog messages;

	private final JsonMapper json;

	ApiErrors(MessageCatalog messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	public ResponseEntity<ApiError> answer(HttpStatus status, HttpServletRequest request, String key,
			Map<String, ?> arguments, List<?> errors) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(error(status, request, key, arguments, errors));
	}

	/**
	 * An answer listing some of the details, and how many there are in all.
	 */
	public ResponseEntity<ApiError> answer(HttpStatus status, HttpServletRequest request, String key,
			Map<String, ?> arguments, List<?> errors, int total) {
		ApiError error = error(status, request, key, arguments, errors);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ApiError(error.status(), error.error(), error.message(), error.path(), errors, total));
	}

	public ResponseEntity<ApiError> answer(HttpStatus status, HttpServletRequest request, String key,
			Map<String, ?> arguments) {
		return answer(status, request, key, arguments, null);
	}

	/**
	 * Writes the error straight to a response, for filters that run before Spring MVC.
	 */
	public void write(HttpServletResponse response, HttpStatus status, HttpServletRequest request, String key)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), error(status, request, key, Map.of(), null));
	}

	public String message(HttpServletRequest request, String key, Map<String, ?> arguments) {
		return this.messages.render(locale(request), key, arguments);
	}

	/**
	 * The catalogue language the caller prefers by {@code Accept-Language}, Russian by
	 * default.
	 */
	public static Locale locale(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return MessageCatalog.RUSSIAN;
		}
		try {
			Locale chosen = Locale.lookup(Locale.LanguageRange.parse(header), MessageCatalog.LOCALES);
			return (chosen != null) ? chosen : MessageCatalog.RUSSIAN;
		}
		catch (IllegalArgumentException ex) {
			return MessageCatalog.RUSSIAN;
		}
	}

	private ApiError error(HttpStatus status, HttpServletRequest request, String key, Map<String, ?> arguments,
			List<?> errors) {
		return new ApiError(status.value(), status.getReasonPhrase(), message(request, key, arguments),
				request.getRequestURI(), errors);
	}

}
