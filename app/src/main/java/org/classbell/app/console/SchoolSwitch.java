package org.classbell.app.console;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.classbell.store.SchoolId;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Opens another school in the operator's console session: every page then shows that
 * school, until another is opened. A staff member's session keeps its school: for them it
 * refuses.
 */
@Component
public class SchoolSwitch {

	private final ConsoleSessions sessions;

	SchoolSwitch(ConsoleSessions sessions) {
		this.sessions = sessions;
	}

	/**
	 * Makes the school the session's.
	 * @throws ConsoleRefused unless the session is the operator's
	 */
	public void open(SchoolId school, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || !(current.getPrincipal() instanceof ConsolePrincipal principal)
				|| !principal.operator()) {
			throw new ConsoleRefused();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(ConsolePrincipal.operator(school.value()), null, List.copyOf(current.getAuthorities())));
		SecurityContextHolder.setContext(context);
		this.sessions.repository().saveContext(context, request, response);
	}

}
