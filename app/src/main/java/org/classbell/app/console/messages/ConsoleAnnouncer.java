package org.classbell.app.console.messages;

import java.time.Instant;

import org.classbell.app.console.Viewer;
import org.classbell.notifier.announcements.Announcements;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.roster.SchoolClass;
import org.classbell.store.staff.StaffMembers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes an announcement from the console exactly as the bot's {@code /announce} does
 * ({@link Announcements}), in one transaction that the audit log attributes to the
 * viewer; the operator's announcements are signed with the school's name.
 */
@Component
class ConsoleAnnouncer {

	private final Announcements announcements;

	private final AuditTrail audit;

	private final StaffMembers staff;

	ConsoleAnnouncer(Announcements announcements, AuditTrail audit, StaffMembers staff) {
		this.announcements = announcements;
		this.audit = audit;
		this.staff = staff;
	}

	/**
	 * Queues the announcement to the class, or to the whole school when {@code null}.
	 */
	@Transactional
	Announcements.Announced announce(Viewer viewer, SchoolClass schoolClass, String text, Instant now) {
		this.audit.actAs(viewer.actor());
		Announcements.Author author = viewer.staff()
			.flatMap(this.staff::find)
			.map(Announcements.Author::of)
			.orElseGet(() -> new Announcements.Author(viewer.school(), null, viewer.schoolName()));
		return this.announcements.announce(author, schoolClass, text, now);
	}

}
