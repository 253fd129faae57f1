package org.classbell.app.console;

import java.nio.charset.StandardCharsets;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Spring Security's usual CSRF token handling (the header, or the form's field, masked),
 * but for a form too large to be read, whose token is then taken from the query of the
 * form's action ({@code ?_csrf=}): Tomcat refuses to read any parameter of such a form,
 * and the page it was sent to must still say that the file is too large, rather than be
 * refused as a stale form.
 */
class UploadCsrfTokens implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler usual = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		this.usual.handle(request, response, csrfToken);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		return this.usual.resolveCsrfTokenValue(new HttpServletRequestWrapper(request) {

			@Override
			public String getParameter(String name) {
				try {
					return super.getParameter(name);
				}
				catch (IllegalStateException ex) {
					String value = UriComponentsBuilder.newInstance()
						.query(getQueryString())
						.build()
						.getQueryParams()
						.getFirst(name);
					return (value != null) ? UriUtils.decode(value, StandardCharsets.UTF_8) : null;
				}
			}

		}, csrfToken);
	}

}
