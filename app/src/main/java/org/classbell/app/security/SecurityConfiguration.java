package org.classbell.app.security;

import org.classbell.app.web.ApiErrors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may call what: health and provider webhooks (which check their own signatures) are
 * open; the rest of the HTTP API needs the admin token. Answers are JSON, and there are
 * no sessions or cookies.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, AdminToken token, ApiErrors errors) {
		return http.csrf((csrf) -> csrf.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new AdminTokenFilter(token), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/webhooks/**", "/error")
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Bearer");
				errors.write(response, HttpStatus.UNAUTHORIZED, request,
						(request.getAttribute(AdminTokenFilter.WRONG_TOKEN) != null) ? "api.error.unauthorized.wrong"
								: "api.error.unauthorized.missing");
			})
				.accessDeniedHandler((request, response, ex) -> errors.write(response, HttpStatus.FORBIDDEN, request,
						"api.error.forbidden")))
			.build();
	}

}
