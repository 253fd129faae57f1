package org.classbell.app.invites;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.classbell.app.school.RequestedSchool;
import org.classbell.app.web.ApiErrors;
import org.classbell.bot.command.InviteLinks;
import org.classbell.store.Match;
import org.classbell.store.invite.Invites;
import org.classbell.store.invite.IssuedInvite;
import org.classbell.store.roster.Classes;
import org.classbell.store.roster.SchoolClass;
import org.classbell.store.school.School;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.staff.StaffMembers;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/invites}: new single-use codes for a staff member ({@code {"staff":
 * "Соколова Елена"}}) or for every guardian of a class ({@code {"class": "5А"}}), each
 * with its deep link.
 */
@RestController
class InviteController {

	private final Invites invites;

	private final StaffMembers staff;

	private final Classes classes;

	private final RequestedSchool school;

	private final InviteLinks links;

	private final ApiErrors errors;

	InviteController(Invites invites, StaffMembers staff, Classes classes, RequestedSchool school, InviteLinks links,
			ApiErrors errors) {
		this.invites = invites;
		this.staff = staff;
		this.classes = classes;
		this.school = school;
		this.links = links;
		this.errors = errors;
	}

	@PostMapping({ "/api/invites", "/api/schools/{school}/invites" })
	ResponseEntity<?> issue(@RequestBody InviteRequest body, HttpServletRequest request) {
		if (!body.isValid()) {
			return this.errors.answer(HttpStatus.BAD_REQUEST, request, "invites.error.request", Map.of());
		}
		School school = this.school.get();
		if (body.staff() != null && !body.staff().isBlank()) {
			Match<StaffMember> match = this.staff.match(school.id(), body.staff());
			return answer(match, body.staff(), "invites.error.staff.", (member) -> member.name().full(), request,
					(member) -> List.of(this.invites.forStaff(member, RequestedSchool.actor())));
		}
		Match<SchoolClass> match = this.classes.match(school.id(), body.className());
		return answer(match, body.className(), "invites.error.class.", SchoolClass::name, request,
				(schoolClass) -> this.invites.forClass(school.id(), schoolClass.id(), RequestedSchool.actor()));
	}

	private <T> ResponseEntity<?> answer(Match<T> match, String asked, String errorKey, Function<T, String> name,
			HttpServletRequest request, Function<T, List<IssuedInvite>> issue) {
		if (match instanceof Match.Found<T> found) {
			return ResponseEntity.ok(issue.apply(found.value())
				.stream()
				.map((invite) -> InviteRow.of(invite, this.links.of(invite.code())))
				.toList());
		}
		return this.errors.unmatched(match, asked, errorKey, name, request);
	}

}
