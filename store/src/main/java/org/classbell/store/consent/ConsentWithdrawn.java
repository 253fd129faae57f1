package org.classbell.store.consent;

import java.time.Instant;
import java.util.List;

import org.classbell.store.GuardianId;

/**
 * Guardians withdrew a consent, published in the transaction that records it so that
 * whatever is still queued for them on the channels concerned is cancelled with it.
 *
 * @param purpose the consent withdrawn
 * @param source where the withdrawal came from
 * @param guardians whose consent
 * @param at when
 */
public record ConsentWithdrawn(Purpose purpose, ConsentSource source, List<GuardianId> guardians, Instant at) {

	public ConsentWithdrawn {
		guardians = List.copyOf(guardians);
	}

}
