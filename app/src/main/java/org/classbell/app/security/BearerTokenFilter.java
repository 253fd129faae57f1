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
 * Authenticates a request that carries the admin token as
 * {@code Authorization: Bearer <token>}. A request with another token, or none, stays
 * anonymous and is refused where the admin is needed.
 */
class AdminTokenFilter extends OncePerRequestFilter {

	static final String WRONG_TOKEN = AdminTokenFilter.class.getName() + ".wrong";

	private static final String BEARER = "bearer ";

	private final AdminToken token;

	AdminTokenFilter(AdminToken token) {
		this.token = token;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			if (this.token.matches(header.substring(BEARER.length()))) {
				var admin = UsernamePasswordAuthenticationToken.authenticated("admin", null,
						List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
				SecurityContextHolder.getContext().setAuthentication(admin);
			}
			else {
				request.setAttribute(WRONG_TOKEN, true);
			}
		}
		chain.doFilter(request, response);
	}

}
