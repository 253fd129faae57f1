package org.classbell.app.security;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.classbell.store.school.AdminTokens;
import org.classbell.store.school.Schools;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <token>}: the admin
 * token makes it the operator ({@code ROLE_ADMIN}), who reaches every school; a school's
 * admin token that school's administration ({@code ROLE_SCHOOL_ADMIN}, a
 * {@link SchoolAdmin}); the metrics token a metrics reader ({@code ROLE_METRICS}). A
 * request with another token, or none, stays anonymous and is refused where a token is
 * needed.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String WRONG_TOKEN = BearerTokenFilter.class.getName() + ".wrong";

	private static final String BEARER = "bearer ";

	private final AdminToken admin;

	private final MetricsToken metrics;

	private final AdminTokens schoolTokens;

	private final Schools schools;

	private final Clock clock;

	BearerTokenFilter(AdminToken admin, MetricsToken metrics, AdminTokens schoolTokens, Schools schools, Clock clock) {
		this.admin = admin;
		this.metrics = metrics;
		this.schoolTokens = schoolTokens;
		this.schools = schools;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			String presented = header.substring(BEARER.length());
			if (this.admin.matches(presented)) {
				authenticate("admin", "ROLE_ADMIN");
			}
			else if (this.metrics.matches(presented)) {
				authenticate("metrics", "ROLE_METRICS");
			}
			else {
				Optional<SchoolAdmin> school = this.schoolTokens.authenticate(presented, this.clock.instant())
					.flatMap((bearer) -> this.schools.find(bearer.school())
						.map((found) -> new SchoolAdmin(found.id(), found.code(), bearer.actor().name())));
				if (school.isPresent()) {
					authenticate(school.get(), "ROLE_" + SchoolAdmin.ROLE);
				}
				else {
					request.setAttribute(WRONG_TOKEN, true);
				}
			}
		}
		chain.doFilter(request, response);
	}

	private static void authenticate(Object who, String role) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who, null,
					List.of(new SimpleGrantedAuthority(role))));
	}

}
