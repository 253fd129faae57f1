package org.classbell.app.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.app.school.RequestedSchool;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns what goes wrong in a request into a JSON error: the caller's mistakes into 4xx
 * answers that say what to change, faults into a 500 that points to the log.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final ApiErrors errors;

	private final ImportProperties imports;

	ApiExceptionHandler(ApiErrors errors, ImportProperties imports) {
		this.errors = errors;
		this.imports = imports;
	}

	/**
	 * A form whose file is larger than imports take (the limit of multipart requests is
	 * theirs).
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ApiError> tooLarge(HttpServletRequest request) {
		return RefusedUpload.answer(this.errors, request, this.imports.maxSize().toBytes());
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	ResponseEntity<ApiError> notFound(HttpServletRequest request) {
		return this.errors.answer(HttpStatus.NOT_FOUND, request, "api.error.not_found",
				Map.of("path", request.getRequestURI()));
	}

	@ExceptionHandler(RequestedSchool.UnknownSchool.class)
	ResponseEntity<ApiError> unknownSchool(RequestedSchool.UnknownSchool ex, HttpServletRequest request) {
		return this.errors.answer(HttpStatus.NOT_FOUND, request, "api.error.school.unknown", Map.of("code", ex.code()));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return this.errors.answer(HttpStatus.METHOD_NOT_ALLOWED, request, "api.error.method",
				Map.of("method", ex.getMethod()));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return this.errors.answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, request, "api.error.media_type",
				Map.of("type", String.valueOf(ex.getContentType())));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpServletRequest request) {
		return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.bad_json", Map.of());
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	ResponseEntity<ApiError> badRequest(HttpServletRequest request) {
		return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.bad_request", Map.of());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> fault(Exception ex, HttpServletRequest request) {
		log.error("Request {} {} failed", request.getMethod(), request.getRequestURI(), ex);
		return this.errors.answer(HttpStatus.INTERNAL_SERVER_ERROR, request, "api.error.internal", Map.of());
	}

}
