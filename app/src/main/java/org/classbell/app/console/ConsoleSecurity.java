package org.classbell.app.console;

import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import java.io.IOException;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Who may open what in the console. Pages need a session of someone who may still use the
 * console ({@link Viewers}); imports, monitoring, messages and settings need a viewer who
 * runs the whole school; the list of the city's schools needs the operator; a class
 * teacher's class pages check the class in their controllers. Forms need the session's
 * CSRF token. Anyone without a session is sent to the login page; anyone refused gets a
 * 403 page and nothing is changed.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

	/** Pages for those who run the whole school. */
	static final String[] ADMIN_PAGES = { "/console/import/**", "/console/monitoring/**", "/console/messages/**",
			"/console/settings/**" };

	/** Pages for the operator alone: the city's schools. */
	static final String[] OPERATOR_PAGES = { "/console/schools/**" };

	/** Request attribute set when a form came without its CSRF token. */
	static final String STALE_FORM = ConsoleSecurity.class.getName() + ".staleForm";

	@Bean
	@Order(1)
	SecurityFilterChain console(HttpSecurity http, Viewers viewers, ConsoleSessions sessions) {
		return http.securityMatcher("/console", "/console/**", "/console-assets/**")
			.securityContext((context) -> context.securityContextRepository(sessions.repository()))
			.csrf((csrf) -> csrf.csrfTokenRequestHandler(new UploadCsrfTokens()))
			.requestCache((cache) -> cache.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.logoutUrl("/console/logout")
				.logoutSuccessUrl("/console/login?out")
				.deleteCookies(ConsoleSessions.COOKIE))
			.headers((headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.contentSecurityPolicy((csp) -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none';"
								+ " frame-ancestors 'none'; form-action 'self'; base-uri 'none'")))
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/console-assets/**", "/console/login", "/console/login/**")
						.permitAll()
						.requestMatchers(OPERATOR_PAGES)
						.access(viewer(viewers, Viewer::operator))
						.requestMatchers(ADMIN_PAGES)
						.access(viewer(viewers, Viewer::admin))
						.anyRequest()
						.access(viewer(viewers, (viewer) -> true)))
			.exceptionHandling((handling) -> handling
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/console/login"))
				.accessDeniedHandler((request, response, denied) -> refuse(request, response, denied, viewers)))
			.build();
	}

	private static AuthorizationManager<RequestAuthorizationContext> viewer(Viewers viewers, Predicate<Viewer> may) {
		return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
			boolean granted = viewers.of(context.getRequest(), authentication.get()).map(may::test).orElse(false);
			return new AuthorizationDecision(granted);
		};
	}

	/**
	 * A session whose staff member may no longer use the console is ended, and they are
	 * sent to the login page; anyone else refused sees why.
	 */
	private static void refuse(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied,
			Viewers viewers) throws IOException, ServletException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.getPrincipal() instanceof ConsolePrincipal;
		if (signedIn && !(denied instanceof CsrfException) && viewers.of(request, authentication).isEmpty()) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/console/login?gone");
			return;
		}
		if (denied instanceof CsrfException) {
			request.setAttribute(STALE_FORM, true);
		}
		response.setStatus(HttpStatus.FORBIDDEN.value());
		request.getRequestDispatcher("/console/refused").forward(request, response);
	}

}
