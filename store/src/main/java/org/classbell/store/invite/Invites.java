package org.classbell.store.invite;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.classbell.store.Actor;
import org.classbell.store.ChatUser;
import org.classbell.store.ClassId;
import org.classbell.store.GuardianId;
import org.classbell.store.SchoolId;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.chat.ChatLinks;
import org.classbell.store.roster.Guardians;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.staff.StaffMembers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues invite codes and links messenger accounts by them. A code works once, until it
 * expires; only its hash is stored.
 */
@Service
public class Invites {

	private final InviteCodes codes;

	private final StaffMembers staff;

	private final Guardians guardians;

	private final ChatLinks links;

	private final AuditTrail audit;

	private final Clock clock;

	private final InviteProperties properties;

	Invites(InviteCodes codes, StaffMembers staff, Guardians guardians, ChatLinks links, AuditTrail audit, Clock clock,
			InviteProperties properties) {
		this.codes = codes;
		this.staff = staff;
		this.guardians = guardians;
		this.links = links;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * A new code for a staff member.
	 */
	@Transactional
	public IssuedInvite forStaff(StaffMember member, Actor issuer) {
		this.audit.actAs(issuer);
		Instant now = this.clock.instant();
		Instant expiresAt = expiry(now);
		String code = CodeFormat.newCode();
		this.codes.save(InviteCode.forStaff(member.school(), CodeFormat.hash(code), member.id(), issuer.name(), now,
				expiresAt));
		return new IssuedInvite(code, expiresAt, new Invitee.Staff(member.id(), member.name(), member.role()));
	}

	/**
	 * A new code for each guardian of the active students of a class; a guardian of
	 * several children in the class gets one code for all of them.
	 */
	@Transactional
	public List<IssuedInvite> forClass(SchoolId school, ClassId classId, Actor issuer) {
		return issue(school, classId, issuer, this.guardians.ofClass(classId));
	}

	/**
	 * A new code for each guardian of the active students of a class who has no messenger
	 * linked, as an invite sheet prints them; one code for all of a guardian's children
	 * in the class.
	 */
	@Transactional
	public List<IssuedInvite> forUnlinkedOfClass(SchoolId school, ClassId classId, Actor issuer) {
		List<Guardians.WithChildren> families = this.guardians.ofClass(classId);
		Set<GuardianId> linked = this.links.linked(families.stream().map((family) -> family.guardian().id()).toList());
		return issue(school, classId, issuer,
				families.stream().filter((family) -> !linked.contains(family.guardian().id())).toList());
	}

	private List<IssuedInvite> issue(SchoolId school, ClassId classId, Actor issuer,
			List<Guardians.WithChildren> families) {
		this.audit.actAs(issuer);
		Instant now = this.clock.instant();
		Instant expiresAt = expiry(now);
		List<InviteCode> rows = new ArrayList<>();
		List<IssuedInvite> issued = new ArrayList<>();
		for (Guardians.WithChildren family : families) {
			String code = CodeFormat.newCode();
			rows.add(InviteCode.forGuardian(school, CodeFormat.hash(code), family.guardian().id(), classId,
					issuer.name(), now, expiresAt));
			issued.add(new IssuedInvite(code, expiresAt,
					new Invitee.Guardian(family.guardian().id(), family.guardian().name(), family.children())));
		}
		this.codes.saveAll(rows);
		return issued;
	}

	/**
	 * The invites of codes shown before, checked again: of the codes given (as a printed
	 * sheet carries them back), those issued for guardians of this class of this school
	 * that are still unused and unexpired, in class-register order; any other code is
	 * left out. Nothing is stored: the codes are known only by their hashes.
	 */
	@Transactional(readOnly = true)
	public List<IssuedInvite> stillValid(SchoolId school, ClassId classId, Collection<String> typed) {
		Map<String, String> byHash = new HashMap<>();
		typed.stream()
			.map(CodeFormat::normalise)
			.flatMap(Optional::stream)
			.forEach((code) -> byHash.put(CodeFormat.hash(code), code));
		if (byHash.isEmpty()) {
			return List.of();
		}
		Map<GuardianId, List<InviteCode>> valid = new HashMap<>();
		this.codes.unusedOfClass(school.value(), classId.value(), this.clock.instant(), byHash.keySet())
			.forEach((code) -> valid.computeIfAbsent(code.guardian(), (id) -> new ArrayList<>()).add(code));
		List<IssuedInvite> invites = new ArrayList<>();
		for (Guardians.WithChildren family : this.guardians.ofClass(classId)) {
			for (InviteCode code : valid.getOrDefault(family.guardian().id(), List.of())) {
				invites.add(new IssuedInvite(byHash.get(code.codeHash()), code.expiresAt(),
						new Invitee.Guardian(family.guardian().id(), family.guardian().name(), family.children())));
			}
		}
		return invites;
	}

	private Instant expiry(Instant now) {
		return now.plus(this.properties.validity()).truncatedTo(ChronoUnit.SECONDS);
	}

	/**
	 * Uses a code, as typed or carried by a deep link, to link a messenger account to
	 * whom it was issued for.
	 */
	@Transactional
	public Redemption redeem(String typed, ChatUser user, long chatId) {
		Optional<InviteCode> found = CodeFormat.normalise(typed)
			.map(CodeFormat::hash)
			.flatMap(this.codes::lockByCodeHash);
		if (found.isEmpty()) {
			return new Redemption.Unknown();
		}
		InviteCode code = found.get();
		Instant now = this.clock.instant();
		if (code.isUsed()) {
			return new Redemption.Used();
		}
		if (code.isExpired(now)) {
			return new Redemption.Expired();
		}
		this.audit.actAs(Actor.chat(user));
		code.redeem(user.id(), now);
		this.codes.save(code);
		if (code.staff() != null) {
			StaffMember member = this.staff.find(code.staff()).orElseThrow();
			if (!member.active()) {
				return new Redemption.Unknown();
			}
			this.links.link(member.id(), user, chatId, now);
			return new Redemption.Linked(new Invitee.Staff(member.id(), member.name(), member.role()));
		}
		var guardian = this.guardians.find(code.guardian()).orElseThrow();
		this.links.link(guardian.id(), user, chatId, now);
		return new Redemption.Linked(new Invitee.Guardian(guardian.id(), guardian.name(), List.of()));
	}

}
