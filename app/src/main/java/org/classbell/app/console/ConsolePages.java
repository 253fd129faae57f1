package org.classbell.app.console;

import org.springframework.web.servlet.ModelAndView;
import jakarta.servlet.http.HttpServletRequest;

import org.classbell.store.school.Schools;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The console's start, and the page that says no.
 */
@Controller
class ConsolePages {

	private final Schools schools;

	ConsolePages(Schools schools) {
		this.schools = schools;
	}

	/**
	 * Today's page of the viewer's school; for the operator of a city, the list of its
	 * schools.
	 */
	@GetMapping("/console")
	String start(@ModelAttribute(name = "viewer", binding = false) Viewer viewer) {
		boolean city = viewer != null && viewer.operator() && this.schools.all().size() > 1;
		return city ? "redirect:/console/schools" : "redirect:/console/today";
	}

	/**
	 * Any other console address: a page that says there is no such page (the console's
	 * own pages and its assets, under {@code /console-assets}, are matched first).
	 */
	@RequestMapping("/console/**")
	ModelAndView missing() {
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", 404);
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	/**
	 * Where a refused request is forwarded: 403, with why in words.
	 */
	@RequestMapping("/console/refused")
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused(HttpServletRequest request, Model model) {
		model.addAttribute("staleForm", request.getAttribute(ConsoleSecurity.STALE_FORM) != null);
		return "refused";
	}

}
