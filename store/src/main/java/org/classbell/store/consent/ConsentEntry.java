package org.classbell.store.consent;

import java.time.Instant;

/**
 * One entry of a guardian's consent history.
 *
 * @param purpose what the consent is for
 * @param given whether it was given, or withdrawn
 * @param source where it came from
 * @param detail what the source says more, such as the roster line, or {@code null}
 * @param actor who recorded it, as the audit log names them ({@code admin-api},
 * {@code guardian:12}, {@code system})
 * @param at when
 */
public record ConsentEntry(Purpose purpose, boolean given, ConsentSource source, String detail, String actor,
		Instant at) {

}
