package org.classbell.app.console.classes;

import java.util.Optional;

import org.classbell.app.console.Viewer;
import org.classbell.store.ClassId;
import org.classbell.store.roster.Classes;
import org.classbell.store.roster.SchoolClass;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The class a console address names, for a viewer who may see it: refused (403) unless
 * they may, absent (404) unless it is a class of their school.
 */
@Component
class ClassFinder {

	private final Classes classes;

	ClassFinder(Classes classes) {
		this.classes = classes;
	}

	Optional<SchoolClass> find(Viewer viewer, long id) {
		ClassId classId = new ClassId(id);
		viewer.requireClass(classId);
		return this.classes.all(viewer.school()).stream().filter((c) -> c.id().equals(classId)).findFirst();
	}

	static ModelAndView missing() {
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", 404);
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

}
