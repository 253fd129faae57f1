package org.classbell.app.web;

import org.classbell.templates.Quote;
import org.classbell.store.Match;
import java.util.function.Function;
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
	 * A 400 answer naming the fields of the request that are wrong: the first in
	 * {@code field} and {@code message}, every one in {@code errors}.
	 */
	public ResponseEntity<ApiError> badFields(HttpServletRequest request, List<FieldProblem> problems) {
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("A bad request names what is wrong with it");
		}
		List<FieldError> errors = problems.stream()
			.map((problem) -> new FieldError(problem.field(), message(request, problem.key(), problem.arguments())))
			.toList();
		HttpStatus status = HttpStatus.BAD_REQUEST;
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ApiError(status.value(), status.getReasonPhrase(), errors.get(0).message(),
					request.getRequestURI(), errors.get(0).field(), errors, null));
	}

	/**
	 * The answer to a name that found nothing (404) or several things (409), listing the
	 * candidates: {@code keyPrefix + "not_found"} or {@code keyPrefix + "ambiguous"},
	 * with {@code name} (what was asked, cut) and {@code candidates}.
	 */
	public <T> ResponseEntity<ApiError> unmatched(Match<T> match, String asked, String keyPrefix,
			Function<T, String> name, HttpServletRequest request) {
		List<String> candidates = match.candidates().stream().map(name).toList();
		boolean ambiguous = match instanceof Match.Ambiguous;
		return answer(ambiguous ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND, request,
				keyPrefix + (ambiguous ? "ambiguous" : "not_found"),
				Map.of("name", Quote.cut(asked, 100), "candidates", String.join(", ", candidates)), candidates);
	}

	/**
	 * Writes the error straight to a response, for filters that run before Spring MVC.
	 */
	public void write(HttpServletResponse response, HttpStatus status, HttpServletRequest request, String key)
			throws IOException {
		write(response, status, request, key, Map.of());
	}

	public void write(HttpServletResponse response, HttpStatus status, HttpServletRequest request, String key,
			Map<String, ?> arguments) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), error(status, request, key, arguments, null));
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

	/**
	 * A field of a request that is wrong, and the message that says so.
	 *
	 * @param field the field, such as {@code timeZone} or {@code smsSegments.alert}
	 * @param key the message's key in the catalogue
	 * @param arguments the message's arguments
	 */
	public record FieldProblem(String field, String key, Map<String, ?> arguments) {

	}

	/**
	 * A wrong field as the answer lists it.
	 */
	public record FieldError(String field, String message) {

	}

}
