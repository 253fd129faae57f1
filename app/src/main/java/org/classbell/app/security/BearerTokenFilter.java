package org.classbell.app.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <token>}: the admin
 * token makes it the admin ({@code ROLE_ADMIN}), the metrics token a metrics reader
 * ({@code ROLE_METRICS}). A request with another token, or none, stays anonymous and is
 * refused where a token is needed.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String WRONG_TOKEN = BearerTokenFilter.class.getName() + ".wrong";

	private static final String BEARER = "bearer ";

	private final AdminToken admin;

	private final MetricsToken metrics;

	BearerTokenFilter(AdminToken admin, MetricsToken metrics) {
		this.admin = admin;
		this.metrics = metrics;
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
				request.setAttribute(WRONG_TOKEN, true);
			}
		}
		chain.doFilter(request, response);
	}

	private static void authenticate(String who, String role) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who, null,
					List.of(new SimpleGrantedAuthority(role))));
	}

}
