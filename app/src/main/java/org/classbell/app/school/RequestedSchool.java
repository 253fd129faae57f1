package org.classbell.app.school;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.classbell.store.Actor;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The school an admin API request is about: the one its path names
 * ({@code /api/schools/{school}/settings}), or the node's default school for the paths
 * without a school ({@code /api/settings}). Who may reach which school is the security
 * configuration's to check; this only finds the school.
 */
@Component
public class RequestedSchool {

	/** The path variable that names the school. */
	public static final String VARIABLE = "school";

	/** The beginning of every path about one school. */
	public static final String PATHS = "/api/schools/{" + VARIABLE + "}";

	private static final String TOKEN_ACTOR = "admin-token:";

	private final Schools schools;

	private final DefaultSchool defaultSchool;

	RequestedSchool(Schools schools, DefaultSchool defaultSchool) {
		this.schools = schools;
		this.defaultSchool = defaultSchool;
	}

	/**
	 * The school of the current request.
	 * @throws UnknownSchool if the path names a school there is none of
	 */
	public School get() {
		String code = code(request());
		if (code == null) {
			return this.defaultSchool.get();
		}
		return this.schools.byCode(code).orElseThrow(() -> new UnknownSchool(code));
	}

	/**
	 * Who the audit log says made a change through the admin API: a school's admin token
	 * by its number ({@code admin-token:3}), else the operator's API ({@code admin-api}).
	 */
	public static Actor actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String name = (authentication != null) ? authentication.getName() : "";
		return (name != null && name.startsWith(TOKEN_ACTOR)) ? new Actor(name) : Actor.adminApi();
	}

	/**
	 * The code of the school the request's path names, or null for a path without one.
	 */
	@SuppressWarnings("unchecked")
	public static String code(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return (variables instanceof Map<?, ?> map) ? ((Map<String, String>) map).get(VARIABLE) : null;
	}

	private static HttpServletRequest request() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest();
		}
		throw new IllegalStateException("The requested school is known in a web request only");
	}

	/**
	 * A path named a school the deployment does not have.
	 */
	public static class UnknownSchool extends RuntimeException {

		private final String code;

		UnknownSchool(String code) {
			super("No school " + code);
			this.code = code;
		}

		public String code() {
			return this.code;
		}

	}

}
