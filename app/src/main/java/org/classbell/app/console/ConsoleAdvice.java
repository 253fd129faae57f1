package org.classbell.app.console;

import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.slf4j.LoggerFactory;
import org.slf4j.Logger;
import org.springframework.core.annotation.Order;
import org.springframework.core.Ordered;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every console page has: its viewer, the menu they may use, and the 403 page for
 * what they may not.
 */
@ControllerAdvice(basePackages = "org.classbell.app.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

	private static final Logger log = LoggerFactory.getLogger(ConsoleAdvice.class);

	/** The menu, in order: path, message key and who sees it. */
	private static final List<MenuItem> MENU = List.of(
			new MenuItem("/console/schools", "menu.schools", Audience.OPERATOR),
			new MenuItem("/console/today", "menu.today", Audience.ALL),
			new MenuItem("/console/import", "menu.import", Audience.ADMINS),
			new MenuItem("/console/classes", "menu.classes", Audience.ALL),
			new MenuItem("/console/monitoring", "menu.monitoring", Audience.ADMINS),
			new MenuItem("/console/messages", "menu.messages", Audience.ADMINS),
			new MenuItem("/console/journal", "menu.journal", Audience.ALL),
			new MenuItem("/console/settings", "menu.settings", Audience.ADMINS));

	private final Viewers viewers;

	ConsoleAdvice(Viewers viewers) {
		this.viewers = viewers;
	}

	@ModelAttribute("viewer")
	Viewer viewer(HttpServletRequest request) {
		return this.viewers.of(request, SecurityContextHolder.getContext().getAuthentication()).orElse(null);
	}

	@ModelAttribute("menu")
	List<MenuItem> menu(HttpServletRequest request) {
		Viewer viewer = viewer(request);
		if (viewer == null) {
			return List.of();
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return MENU.stream()
			.filter((item) -> item.audience().sees(viewer))
			.map((item) -> item.at(path.equals(item.path()) || path.startsWith(item.path() + "/")))
			.toList();
	}

	@ExceptionHandler(ConsoleRefused.class)
	ModelAndView refused() {
		ModelAndView page = new ModelAndView("refused");
		page.addObject("staleForm", false);
		page.setStatus(HttpStatus.FORBIDDEN);
		return page;
	}

	/**
	 * A request the page cannot take (a missing or malformed parameter): 400, in words.
	 */
	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView badRequest() {
		return error(HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView fault(Exception ex, HttpServletRequest request) {
		log.error("Console request {} {} failed", request.getMethod(), request.getRequestURI(), ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	private static ModelAndView error(HttpStatus status) {
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", status.value());
		page.setStatus(status);
		return page;
	}

	/**
	 * An entry of the menu.
	 *
	 * @param path where it leads
	 * @param key its label's message key
	 * @param audience who sees it
	 * @param current whether it is the page shown
	 */
	record MenuItem(String path, String key, Audience audience, boolean current) {

		MenuItem(String path, String key, Audience audience) {
			this(path, key, audience, false);
		}

		MenuItem at(boolean current) {
			return new MenuItem(this.path, this.key, this.audience, current);
		}

	}

	/**
	 * Who sees an entry of the menu.
	 */
	enum Audience {

		/** Everyone who may use the console. */
		ALL,
		/** Those who run the whole school. */
		ADMINS,
		/** The operator alone. */
		OPERATOR;

		boolean sees(Viewer viewer) {
			return switch (this) {
				case ALL -> true;
				case ADMINS -> viewer.admin();
				case OPERATOR -> viewer.operator();
			};
		}

	}

}
