package org.classbell.store.roster;

import java.time.Instant;
import java.util.Optional;

import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.SchoolId;

/**
 * A parent or other guardian as the school knows them.
 *
 * @param id the guardian
 * @param school their school
 * @param name their full name
 * @param phone their phone, if the school has one
 * @param language the language messages to them are written in
 * @param consentAt when consent to processing their data was recorded, if it was
 * @param consentSource where the consent came from: {@code roster}, {@code telegram},
 * {@code sms}
 * @param optedOutAt when they asked for no more SMS, if they did
 */
public record Guardian(GuardianId id, SchoolId school, String name, Optional<PhoneNumber> phone, Language language,
		Instant consentAt, String consentSource, Instant optedOutAt) {

	public boolean hasConsent() {
		return this.consentAt != null;
	}

}
