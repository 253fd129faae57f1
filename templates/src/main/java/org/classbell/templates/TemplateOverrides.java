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

/**
 * The message catalogue with a school's own texts: {@code <locale>/*.properties} files in
 * a directory (normally {@code $CLASSBELL_HOME/templates}) replace built-in messages of
 * the same key, each after a {@link TemplateCheck}; a file or text that does not pass is
 * listed with its reason and the built-in text kept.
 *
 * @param catalog the catalogue to use: built-in texts with the accepted overrides
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
		for (Path file : OverrideFiles.find(directory, rejected)) {
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
			texts.forEach((key, text) -> {
				List<String> problems = problems(base, applied, locale, key, text);
				if (problems.isEmpty()) {
					patterns.get(locale).put(key, text);
					applied.add(new Applied(file, locale, key));
				}
				else {
					rejected.add(new Rejected(file, key, String.join("; ", problems)));
				}
			});
		}
		return new TemplateOverrides(new MessageCatalog(patterns), directory, applied, rejected);
	}

	/**
	 * One line for the startup log: which texts are in use and where overrides go.
	 */
	public String describe() {
		if (this.applied.isEmpty() && this.rejected.isEmpty()) {
			return "Templates: built-in (put overrides in " + this.directory + "/<"
					+ String.join("|", MessageCatalog.LOCALES.stream().map(Locale::getLanguage).toList()) + ">/)";
		}
		int count = this.applied.size();
		return "Templates: built-in, " + ((count == 0) ? "no" : count) + " override" + ((count == 1) ? "" : "s")
				+ " from " + this.directory
				+ (this.rejected.isEmpty() ? "" : " (" + this.rejected.size() + " rejected, see above)");
	}

	private static List<String> problems(MessageCatalog base, List<Applied> applied, Locale locale, String key,
			String text) {
		String builtIn = base.pattern(locale, key);
		if (builtIn == null) {
			return List.of(unknownKey(base, locale, key));
		}
		for (Applied earlier : applied) {
			if (earlier.locale().equals(locale) && earlier.key().equals(key)) {
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
	 * A school's text in use instead of the built-in one.
	 *
	 * @param file the file it came from
	 * @param locale its language
	 * @param key the message it replaces
	 */
	public record Applied(Path file, Locale locale, String key) {

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
