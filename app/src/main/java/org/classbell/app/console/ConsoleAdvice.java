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

	/** The menu, in order: path and message key; the admin-only ones are flagged. */
	private static final List<MenuItem> MENU = List.of(new MenuItem("/console/today", "menu.today", false),
			new MenuItem("/console/import", "menu.import", true),
			new MenuItem("/console/classes", "menu.classes", false),
			new MenuItem("/console/monitoring", "menu.monitoring", true),
			new MenuItem("/console/messages", "menu.messages", true),
			new MenuItem("/console/journal", "menu.journal", false),
			new MenuItem("/console/settings", "menu.settings", true));

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
			.filter((item) -> viewer.admin() || !item.admin())
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
	 * @param admin whether only those who run the school see it
	 * @param current whether it is the page shown
	 */
	record MenuItem(String path, String key, boolean admin, boolean current) {

		MenuItem(String path, String key, boolean admin) {
			this(path, key, admin, false);
		}

		MenuItem at(boolean current) {
			return new MenuItem(this.path, this.key, this.admin, current);
		}

	}

}
