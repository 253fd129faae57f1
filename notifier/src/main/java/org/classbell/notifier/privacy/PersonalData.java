package org.classbell.notifier.privacy;

import java.time.Clock;
import java.util.Optional;

import org.classbell.notifier.outbox.GuardianMessages;
import org.classbell.store.GuardianId;
import org.classbell.store.SchoolId;
import org.classbell.store.privacy.GuardianExport;
import org.classbell.store.privacy.PersonalRecords;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers everything ClassBell holds about a guardian: for the guardian's own
 * {@code /mydata} and for the admin's export.
 */
@Service
public class PersonalData {

	private final PersonalRecords records;

	private final GuardianMessages messages;

	private final Clock clock;

	PersonalData(PersonalRecords records, GuardianMessages messages, Clock clock) {
		this.records = records;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * What is held about the guardian of this school, or nothing when the school has no
	 * such guardian. Read in one transaction, so that its parts agree.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Optional<GuardianExport> export(SchoolId school, GuardianId guardian) {
		return this.records.find(school, guardian, this.clock.instant())
			.map((found) -> found.withNotifications(this.messages.of(guardian)));
	}

}
