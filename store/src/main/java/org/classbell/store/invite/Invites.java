package org.classbell.store.invite;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.classbell.store.Actor;
import org.classbell.store.ClassId;
import org.classbell.store.SchoolId;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.chat.ChatLinks;
import org.classbell.store.roster.Guardians;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.staff.StaffMembers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues invite codes and links Telegram accounts by them. A code works once, until it
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
		this.audit.actAs(issuer);
		Instant now = this.clock.instant();
		Instant expiresAt = expiry(now);
		List<InviteCode> rows = new ArrayList<>();
		List<IssuedInvite> issued = new ArrayList<>();
		for (Guardians.WithChildren family : this.guardians.ofClass(classId)) {
			String code = CodeFormat.newCode();
			rows.add(InviteCode.forGuardian(school, CodeFormat.hash(code), family.guardian().id(), classId,
					issuer.name(), now, expiresAt));
			issued.add(new IssuedInvite(code, expiresAt,
					new Invitee.Guardian(family.guardian().id(), family.guardian().name(), family.children())));
		}
		this.codes.saveAll(rows);
		return issued;
	}

	private Instant expiry(Instant now) {
		return now.plus(this.properties.validity()).truncatedTo(ChronoUnit.SECONDS);
	}

	/**
	 * Uses a code, as typed or carried by a deep link, to link a Telegram account to whom
	 * it was issued for.
	 */
	@Transactional
	public Redemption redeem(String typed, long telegramUserId, long chatId) {
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
		this.audit.actAs(Actor.telegram(telegramUserId));
		code.redeem(telegramUserId, now);
		this.codes.save(code);
		if (code.staff() != null) {
			StaffMember member = this.staff.find(code.staff()).orElseThrow();
			if (!member.active()) {
				return new Redemption.Unknown();
			}
			this.links.link(member.id(), telegramUserId, chatId, now);
			return new Redemption.Linked(new Invitee.Staff(member.id(), member.name(), member.role()));
		}
		var guardian = this.guardians.find(code.guardian()).orElseThrow();
		this.links.link(guardian.id(), telegramUserId, chatId, now);
		return new Redemption.Linked(new Invitee.Guardian(guardian.id(), guardian.name(), List.of()));
	}

}
