package org.classbell.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names are written and compared: a clean form to store and show, and a key that
 * lookups compare (lower case, ё as е, Latin letters that look like Cyrillic ones folded
 * to them).
 */
public final class Names {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final String LATIN_LOOK_ALIKES = "ABCEHKMOPTXYacekopxy";

	private static final String CYRILLIC_TWINS = "АВСЕНКМОРТХУасекорху";

	private Names() {
	}

	/**
	 * A name as typed, with surrounding and repeated spaces removed; {@code ""} for
	 * {@code null}.
	 */
	public static String clean(String name) {
		if (name == null) {
			return "";
		}
		return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFC).strip()).replaceAll(" ");
	}

	/**
	 * The form two names are compared in: {@code "Ёлкин"}, {@code "ЕЛКИН "} and
	 * {@code "eлкин"} (Latin e) have one key. Latin letters are folded only where they
	 * look like a Cyrillic letter in the same case (B like В, but b like nothing), so
	 * that a name is never read as another one.
	 */
	public static String key(String name) {
		String clean = clean(name);
		StringBuilder folded = new StringBuilder(clean.length());
		for (int i = 0; i < clean.length(); i++) {
			char c = clean.charAt(i);
			int latin = LATIN_LOOK_ALIKES.indexOf(c);
			folded.append((latin >= 0) ? CYRILLIC_TWINS.charAt(latin) : c);
		}
		return folded.toString().toLowerCase(Locale.ROOT).replace('ё', 'е');
	}

	/**
	 * Edit distance between two keys, for suggesting the nearest names to an unknown one.
	 */
	public static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
