package org.classbell.templates;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The message catalogue with the deployment's and the schools' own texts:
 * {@code <locale>/*.properties} files in a directory (normally
 * {@code $CLASSBELL_HOME/templates}) replace built-in messages of the same key for every
 * school, and {@code <school code>/<locale>/*.properties} files replace them for one
 * school, over the common ones; each text after a {@link TemplateCheck}. A file or text
 * that does not pass is listed with its reason and the text under it kept.
 *
 * @param catalog the catalogue to use: built-in texts with the accepted overrides, and
 * each school's (see {@link MessageCatalog#forSchool(String)})
 * @param directory the directory the overrides were read from
 * @param applied the accepted overrides
 * @param rejected what was not used, and why
 */
public record TemplateOverrides(MessageCatalog catalog, Path directory, List<Applied> applied,
		List<Rejected> rejected) {

	public TemplateOverrides {
		applied = List.copyOf(applied);
		rejected = List.copyOf(rejected);
	}

	/**
	 * The built-in catalogue with the overrides found in the directory; a directory that
	 * does not exist holds none.
	 */
	public static TemplateOverrides load(Path directory) {
		return load(MessageCatalog.builtIn(), directory);
	}

	/**
	 * A catalogue with the overrides found in the directory.
	 */
	public static TemplateOverrides load(MessageCatalog base, Path directory) {
		List<Applied> applied = new ArrayList<>();
		List<Rejected> rejected = new ArrayList<>();
		Map<Locale, Map<String, String>> patterns = new LinkedHashMap<>();
		for (Locale locale : MessageCatalog.LOCALES) {
			Map<String, String> messages = new LinkedHashMap<>();
			base.keys(locale).forEach((key) -> messages.put(key, base.pattern(locale, key)));
			patterns.put(locale, messages);
		}
		OverrideFiles.Found found = OverrideFiles.find(directory, rejected);
		apply(base, null, found.common(), patterns, applied, rejected);
		Map<String, MessageCatalog> schools = new LinkedHashMap<>();
		found.schools().forEach((school, files) -> {
			Map<Locale, Map<String, String>> own = new LinkedHashMap<>();
			patterns.forEach((locale, messages) -> own.put(locale, new LinkedHashMap<>(messages)));
			if (apply(base, school, files, own, applied, rejected)) {
				schools.put(school, new MessageCatalog(own));
			}
		});
		return new TemplateOverrides(new MessageCatalog(patterns).withSchools(schools), directory, applied, rejected);
	}

	/**
	 * Puts the texts of the files that pass into the patterns.
	 * @param school the school whose files they are, or {@code null} for every school's
	 * @return whether any was put
	 */
	private static boolean apply(MessageCatalog base, String school, List<Path> files,
			Map<Locale, Map<String, String>> patterns, List<Applied> applied, List<Rejected> rejected) {
		boolean any = false;
		for (Path file : files) {
			Locale locale = MessageCatalog.supported(Locale.forLanguageTag(file.getParent().getFileName().toString()));
			Map<String, String> texts;
			try {
				texts = OverrideFiles.read(file);
			}
			catch (CharacterCodingException ex) {
				rejected.add(new Rejected(file, null, "the file is not in UTF-8; save it with the UTF-8 encoding"));
				continue;
			}
			catch (IOException | IllegalArgumentException ex) {
				rejected.add(new Rejected(file, null, "the file cannot be read: " + ex.getMessage()));
				continue;
			}
			for (Map.Entry<String, String> text : texts.entrySet()) {
				List<String> problems = problems(base, applied, school, locale, text.getKey(), text.getValue());
				if (problems.isEmpty()) {
					patterns.get(locale).put(text.getKey(), text.getValue());
					applied.add(new Applied(file, locale, text.getKey(), school));
					any = true;
				}
				else {
					rejected.add(new Rejected(file, text.getKey(), String.join("; ", problems)));
				}
			}
		}
		return any;
	}

	/**
	 * One line for the startup log: which texts are in use and where overrides go.
	 */
	public String describe() {
		if (this.applied.isEmpty() && this.rejected.isEmpty()) {
			return "Templates: built-in (put overrides in " + this.directory + "/<"
					+ String.join("|", MessageCatalog.LOCALES.stream().map(Locale::getLanguage).toList()) + ">/)";
		}
		long count = this.applied.stream().filter((one) -> one.school() == null).count();
		Map<String, Long> schools = new TreeMap<>();
		this.applied.stream()
			.filter((one) -> one.school() != null)
			.forEach((one) -> schools.merge(one.school(), 1L, Long::sum));
		StringBuilder own = new StringBuilder();
		schools.forEach((school,
				overrides) -> own.append("; school ").append(school).append(": ").append(overrides(overrides)));
		return "Templates: built-in, " + ((count == 0) ? "no overrides" : overrides(count)) + " from " + this.directory
				+ own + (this.rejected.isEmpty() ? "" : " (" + this.rejected.size() + " rejected, see above)");
	}

	private static String overrides(long count) {
		return count + " override" + ((count == 1) ? "" : "s");
	}

	private static List<String> problems(MessageCatalog base, List<Applied> applied, String school, Locale locale,
			String key, String text) {
		String builtIn = base.pattern(locale, key);
		if (builtIn == null) {
			return List.of(unknownKey(base, locale, key));
		}
		for (Applied earlier : applied) {
			if (earlier.locale().equals(locale) && earlier.key().equals(key)
					&& Objects.equals(earlier.school(), school)) {
				return List.of("this message is already changed in " + earlier.file() + ", and that text is used");
			}
		}
		return TemplateCheck.problems(locale, key, text, builtIn);
	}

	private static String unknownKey(MessageCatalog base, Locale locale, String key) {
		String nearest = base.keys(locale)
			.stream()
			.min(Comparator.comparingInt((candidate) -> distance(candidate, key)))
			.filter((candidate) -> distance(candidate, key) <= 3)
			.map((candidate) -> " (did you mean " + candidate + "?)")
			.orElse("");
		return "there is no message with this key" + nearest + "; the keys are those of the built-in messages_"
				+ locale.getLanguage() + ".properties";
	}

	private static int distance(String one, String other) {
		int[] previous = new int[other.length() + 1];
		int[] current = new int[other.length() + 1];
		for (int j = 0; j <= other.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= one.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= other.length(); j++) {
				int substitution = previous[j - 1] + ((one.charAt(i - 1) == other.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[other.length()];
	}

	/**
	 * A text in use instead of the built-in one.
	 *
	 * @param file the file it came from
	 * @param locale its language
	 * @param key the message it replaces
	 * @param school the code of the school it is used for, or {@code null} for every
	 * school
	 */
	public record Applied(Path file, Locale locale, String key, String school) {

	}

	/**
	 * A file or text that is not used, and why.
	 *
	 * @param file the file
	 * @param key the message key, or {@code null} when the whole file is not used
	 * @param reason why, in words for a school's administrator
	 */
	public record Rejected(Path file, String key, String reason) {

		/**
		 * The rejection as one line for the log.
		 */
		public String describe() {
			return (this.key != null)
					? this.file + ": " + this.key + " is not used, the built-in text stays: " + this.reason
					: this.file + " is not used: " + this.reason;
		}

	}

}
