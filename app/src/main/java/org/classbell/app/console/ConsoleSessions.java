package org.classbell.app.console;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Console sessions: kept in PostgreSQL by Spring Session (so that a city's nodes share
 * them), under an HttpOnly, SameSite=Lax cookie, ended after
 * {@code CLASSBELL_CONSOLE_IDLE_TIMEOUT} without a request.
 */
@Component
class ConsoleSessions {

	/** The session cookie's name (Spring Session's). */
	static final String COOKIE = "SESSION";

	private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final CsrfTokenRepository csrf = new HttpSessionCsrfTokenRepository();

	SecurityContextRepository repository() {
		return this.repository;
	}

	/**
	 * Logs the principal in: a new session id (so that an id known before cannot be
	 * used), a new CSRF token, and the principal in the session.
	 */
	void logIn(ConsolePrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		request.getSession(true);
		request.changeSessionId();
		this.csrf.saveToken(null, request, response);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority("ROLE_CONSOLE"))));
		SecurityContextHolder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
