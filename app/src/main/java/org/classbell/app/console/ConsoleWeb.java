package org.classbell.app.console;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The console's language: Russian or English, as the browser asks
 * ({@code Accept-Language}, Russian when it asks for neither), or as chosen with the
 * switch on every page ({@code ?lang=en}, in the query), which a cookie keeps.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleWeb implements WebMvcConfigurer {

	static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("classbell_lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		resolver.setDefaultLocaleFunction((request) -> {
			String header = request.getHeader("Accept-Language");
			if (header == null || header.isBlank()) {
				return LANGUAGES.get(0);
			}
			try {
				Locale chosen = Locale.lookup(Locale.LanguageRange.parse(header), LANGUAGES);
				return (chosen != null) ? chosen : LANGUAGES.get(0);
			}
			catch (IllegalArgumentException ex) {
				return LANGUAGES.get(0);
			}
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				// from the query only: reading a form's parameters would read an upload
				// (and refuse one too large) before the page can say so
				String lang = UriComponentsBuilder.newInstance()
					.query(request.getQueryString())
					.build()
					.getQueryParams()
					.getFirst("lang");
				LANGUAGES.stream()
					.filter((language) -> language.getLanguage().equals(lang))
					.findFirst()
					.ifPresent((language) -> RequestContextUtils.getLocaleResolver(request)
						.setLocale(request, response, language));
				return true;
			}

		}).addPathPatterns("/console", "/console/**");
	}

}
