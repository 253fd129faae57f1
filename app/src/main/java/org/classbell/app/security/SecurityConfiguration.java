package org.classbell.app.security;

import org.classbell.app.web.ApiErrors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may call what: health and provider webhooks (which check their own signatures) are
 * open; the metrics need the admin token or the metrics token, which reaches nothing
 * else; the rest of the HTTP API needs the admin token. Answers are JSON, and there are
 * no sessions or cookies.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, AdminToken admin, MetricsToken metrics, ApiErrors errors) {
		return http.csrf((csrf) -> csrf.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new BearerTokenFilter(admin, metrics), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/webhooks/**", "/error")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.hasAnyRole("ADMIN", "METRICS")
				.anyRequest()
				.hasRole("ADMIN"))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Bearer");
				errors.write(response, HttpStatus.UNAUTHORIZED, request,
						(request.getAttribute(BearerTokenFilter.WRONG_TOKEN) != null) ? "api.error.unauthorized.wrong"
								: "api.error.unauthorized.missing");
			})
				.accessDeniedHandler((request, response, ex) -> errors.write(response, HttpStatus.FORBIDDEN, request,
						isMetricsReader() ? "api.error.forbidden.metrics" : "api.error.forbidden")))
			.build();
	}

	private static boolean isMetricsReader() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_METRICS".equals(authority.getAuthority()));
	}

}
