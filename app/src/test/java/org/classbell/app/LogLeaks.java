package org.classbell.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Values that must never reach a log (phones, surnames, invite codes, secrets), and the
 * lines of a log that hold any of them, case-insensitively.
 */
final class LogLeaks {

	private final Map<String, String> values = new LinkedHashMap<>();

	/**
	 * Adds a value, named by what it is, to look for.
	 */
	LogLeaks add(String what, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Nothing to look for as " + what);
		}
		this.values.put(value.toLowerCase(Locale.ROOT), what + " «" + value + "»");
		return this;
	}

	/**
	 * Adds a phone number in every form a log could repeat it: as written, in E.164, its
	 * digits, and its ten national digits (which every other form contains).
	 */
	LogLeaks phone(String whose, String asWritten, String e164) {
		String digits = asWritten.replaceAll("[^0-9]", "");
		return add(whose + "'s phone as written", asWritten).add(whose + "'s phone", e164)
			.add(whose + "'s phone digits", digits)
			.add(whose + "'s phone digits", e164.substring(1))
			.add(whose + "'s national number", e164.substring(e164.length() - 10));
	}

	int size() {
		return this.values.size();
	}

	/**
	 * The lines of the output that hold any value, each after what it holds.
	 */
	List<String> in(String output) {
		List<String> found = new ArrayList<>();
		for (String line : output.split("\\R")) {
			String lower = line.toLowerCase(Locale.ROOT);
			List<String> held = new ArrayList<>();
			this.values.forEach((value, what) -> {
				if (lower.contains(value)) {
					held.add(what);
				}
			});
			if (!held.isEmpty()) {
				found.add(String.join(", ", held) + " in: " + line);
			}
		}
		return found;
	}

}
