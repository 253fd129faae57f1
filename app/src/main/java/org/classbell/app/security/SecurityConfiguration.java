package org.classbell.app.security;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.classbell.app.school.RequestedSchool;
import org.classbell.app.web.ApiErrors;
import org.classbell.store.school.AdminTokens;
import org.classbell.store.school.Schools;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may call what: health and provider webhooks (which check their own signatures) are
 * open; the metrics need the admin token or the metrics token, which reaches nothing
 * else; a school's paths ({@code /api/schools/<code>} and below) need the admin token
 * (the operator's, which reaches every school) or one of that school's admin tokens,
 * except changing the school itself and making or revoking its tokens, which are the
 * operator's (a leaked token cannot make itself successors); the rest of the HTTP API
 * needs the admin token. Answers are JSON, and there are no sessions or cookies.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String SCHOOL = RequestedSchool.PATHS;

	@Bean
	SecurityFilterChain api(HttpSecurity http, AdminToken admin, MetricsToken metrics, AdminTokens schoolTokens,
			Schools schools, Clock clock, ApiErrors errors) {
		return http.csrf((csrf) -> csrf.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new BearerTokenFilter(admin, metrics, schoolTokens, schools, clock),
					AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/webhooks/**", "/error")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.hasAnyRole("ADMIN", "METRICS")
				.requestMatchers(HttpMethod.PATCH, SCHOOL)
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, SCHOOL + "/tokens")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.DELETE, SCHOOL + "/tokens/*")
				.hasRole("ADMIN")
				.requestMatchers(SCHOOL, SCHOOL + "/**")
				.access(SecurityConfiguration::operatorOrSchoolAdmin)
				.anyRequest()
				.hasRole("ADMIN"))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Bearer");
				errors.write(response, HttpStatus.UNAUTHORIZED, request,
						(request.getAttribute(BearerTokenFilter.WRONG_TOKEN) != null) ? "api.error.unauthorized.wrong"
								: "api.error.unauthorized.missing");
			}).accessDeniedHandler((request, response, ex) -> {
				Optional<SchoolAdmin> school = schoolAdmin(SecurityContextHolder.getContext().getAuthentication());
				if (school.isPresent()) {
					errors.write(response, HttpStatus.FORBIDDEN, request, "api.error.forbidden.school",
							Map.of("code", school.get().code()));
				}
				else {
					errors.write(response, HttpStatus.FORBIDDEN, request,
							isMetricsReader() ? "api.error.forbidden.metrics" : "api.error.forbidden");
				}
			}))
			.build();
	}

	/**
	 * The operator, or the administration of the school the path names.
	 */
	private static AuthorizationDecision operatorOrSchoolAdmin(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication who = authentication.get();
		if (who == null || !who.isAuthenticated()) {
			return new AuthorizationDecision(false);
		}
		boolean operator = who.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
		String named = context.getVariables().get(RequestedSchool.VARIABLE);
		return new AuthorizationDecision(
				operator || schoolAdmin(who).filter((school) -> school.code().equals(named)).isPresent());
	}

	private static Optional<SchoolAdmin> schoolAdmin(Authentication authentication) {
		return (authentication != null && authentication.getPrincipal() instanceof SchoolAdmin school)
				? Optional.of(school) : Optional.empty();
	}

	private static boolean isMetricsReader() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_METRICS".equals(authority.getAuthority()));
	}

}
