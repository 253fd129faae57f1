package org.classbell.store;

import java.util.List;
import java.util.Optional;

/**
 * The answer of a lookup by a name a person typed: one thing found, several that fit, or
 * none (with the nearest ones to offer instead).
 *
 * @param <T> what was looked up
 */
public sealed interface Match<T> {

	/**
	 * What to offer the person: the one found, the ones that fit, or the nearest ones.
	 */
	List<T> candidates();

	default Optional<T> found() {
		return (this instanceof Found<T> found) ? Optional.of(found.value()) : Optional.empty();
	}

	/**
	 * Exactly one fits.
	 */
	record Found<T>(T value) implements Match<T> {

		@Override
		public List<T> candidates() {
			return List.of(this.value);
		}

	}

	/**
	 * More than one fits; nothing may be done until the person picks one.
	 */
	record Ambiguous<T>(List<T> candidates) implements Match<T> {

		public Ambiguous {
			candidates = List.copyOf(candidates);
		}

	}

	/**
	 * Nothing fits; the candidates are the nearest ones, possibly none.
	 */
	record NotFound<T>(List<T> candidates) implements Match<T> {

		public NotFound {
			candidates = List.copyOf(candidates);
		}

	}

	static <T> Match<T> of(List<T> fitting, List<T> nearest) {
		if (fitting.size() == 1) {
			return new Found<>(fitting.get(0));
		}
		return fitting.isEmpty() ? new NotFound<>(nearest) : new Ambiguous<>(fitting);
	}

}
