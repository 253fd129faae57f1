package org.classbell.app.console;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.classbell.store.console.ConsoleAccounts;
import org.classbell.store.staff.Role;
import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Works out the {@link Viewer} of a request from its session's principal, with the staff
 * member's role and classes as they are now: a staff member who was deactivated, or who
 * neither runs the school nor leads a class any more, has no viewer and is logged out.
 * Worked out once per request.
 */
@Component
public class Viewers {

	private static final String ATTRIBUTE = Viewers.class.getName();

	private final ConsoleAccounts accounts;

	Viewers(ConsoleAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * The viewer of the request, when it has a console session that still stands.
	 */
	public Optional<Viewer> of(HttpServletRequest request, Authentication authentication) {
		Object cached = request.getAttribute(ATTRIBUTE);
		if (cached instanceof Viewer viewer) {
			return Optional.of(viewer);
		}
		if (authentication == null || !(authentication.getPrincipal() instanceof ConsolePrincipal principal)) {
			return Optional.empty();
		}
		Optional<Viewer> viewer = load(principal);
		viewer.ifPresent((found) -> request.setAttribute(ATTRIBUTE, found));
		return viewer;
	}

	Optional<Viewer> load(ConsolePrincipal principal) {
		SchoolId school = new SchoolId(principal.school());
		if (principal.operator()) {
			return this.accounts.schoolName(school)
				.map((name) -> new Viewer(Viewer.Kind.OPERATOR, school, name, Optional.empty(), "", List.of()));
		}
		return this.accounts.staff(school, new StaffId(principal.staff()))
			.map((staff) -> new Viewer((staff.role() == Role.ADMIN) ? Viewer.Kind.ADMIN : Viewer.Kind.CLASS_TEACHER,
					school, staff.schoolName(), Optional.of(staff.staff()), staff.name(),
					staff.classes().stream().map((led) -> new Viewer.ClassRef(led.id(), led.name())).toList()))
			.filter((viewer) -> viewer.admin() || !viewer.classes().isEmpty());
	}

}
