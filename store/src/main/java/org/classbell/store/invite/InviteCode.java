package org.classbell.store.invite;

import java.time.Instant;

import org.classbell.store.ClassId;
import org.classbell.store.GuardianId;
import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A single-use code that links a Telegram account to a staff member or a guardian. Only
 * the hash of the code is kept; the code itself is shown once, when it is issued.
 */
@Table("invite_code")
public class InviteCode {

	@Id
	private Long id;

	private final long schoolId;

	private final String codeHash;

	private final Long staffId;

	private final Long guardianId;

	private final Long classId;

	private final String issuedBy;

	private final Instant createdAt;

	private final Instant expiresAt;

	private Instant usedAt;

	private Long usedBy;

	@PersistenceCreator
	InviteCode(Long id, long schoolId, String codeHash, Long staffId, Long guardianId, Long classId, String issuedBy,
			Instant createdAt, Instant expiresAt, Instant usedAt, Long usedBy) {
		this.id = id;
		this.schoolId = schoolId;
		this.codeHash = codeHash;
		this.staffId = staffId;
		this.guardianId = guardianId;
		this.classId = classId;
		this.issuedBy = issuedBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
		this.usedAt = usedAt;
		this.usedBy = usedBy;
	}

	static InviteCode forStaff(SchoolId school, String codeHash, StaffId staff, String issuedBy, Instant now,
			Instant expiresAt) {
		return new InviteCode(null, school.value(), codeHash, staff.value(), null, null, issuedBy, now, expiresAt, null,
				null);
	}

	static InviteCode forGuardian(SchoolId school, String codeHash, GuardianId guardian, ClassId issuedFor,
			String issuedBy, Instant now, Instant expiresAt) {
		return new InviteCode(null, school.value(), codeHash, null, guardian.value(), issuedFor.value(), issuedBy, now,
				expiresAt, null, null);
	}

	/**
	 * Uses the code up for a messenger account (by the messenger's id for it).
	 * @throws IllegalStateException if the code was used already or has expired
	 */
	void redeem(long userId, Instant now) {
		if (isUsed()) {
			throw new IllegalStateException("Invite code " + this.id + " was used already");
		}
		if (isExpired(now)) {
			throw new IllegalStateException("Invite code " + this.id + " has expired");
		}
		this.usedAt = now;
		this.usedBy = userId;
	}

	boolean isUsed() {
		return this.usedAt != null;
	}

	boolean isExpired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	String codeHash() {
		return this.codeHash;
	}

	public SchoolId school() {
		return new SchoolId(this.schoolId);
	}

	StaffId staff() {
		return (this.staffId != null) ? new StaffId(this.staffId) : null;
	}

	GuardianId guardian() {
		return (this.guardianId != null) ? new GuardianId(this.guardianId) : null;
	}

	public Instant expiresAt() {
		return this.expiresAt;
	}

}
