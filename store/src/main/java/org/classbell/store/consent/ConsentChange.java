package org.classbell.store.consent;

import org.classbell.store.GuardianId;

/**
 * A consent given or withdrawn, to be recorded.
 *
 * @param guardian whose consent
 * @param purpose what it is for
 * @param given whether it was given, or withdrawn
 * @param source where it came from
 * @param detail what the source says more, such as {@code line 12} of a roster, or
 * {@code null}; never personal data
 */
public record ConsentChange(GuardianId guardian, Purpose purpose, boolean given, ConsentSource source, String detail) {

	public static ConsentChange given(GuardianId guardian, Purpose purpose, ConsentSource source, String detail) {
		return new ConsentChange(guardian, purpose, true, source, detail);
	}

	public static ConsentChange withdrawn(GuardianId guardian, Purpose purpose, ConsentSource source, String detail) {
		return new ConsentChange(guardian, purpose, false, source, detail);
	}

}
