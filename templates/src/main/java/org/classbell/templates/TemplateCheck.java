package org.classbell.templates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * Tells whether a message pattern can stand in the catalogue: it parses, takes only
 * arguments the built-in message supplies, renders with sample values of every branch,
 * and keeps to its {@link Markup}. Problems are said in words for a school's
 * administrator.
 */
public final class TemplateCheck {

	private TemplateCheck() {
	}

	/**
	 * The problems of a built-in pattern: the same check as for an override of it.
	 */
	public static List<String> problems(Locale locale, String key, String pattern) {
		return problems(locale, key, pattern, pattern);
	}

	/**
	 * The problems of a pattern standing in for the built-in one, or none when it may.
	 */
	public static List<String> problems(Locale locale, String key, String pattern, String builtIn) {
		if (pattern.isBlank()) {
			return List.of("the text is empty; to keep the built-in text, delete this line");
		}
		SampleArguments own;
		try {
			own = SampleArguments.of(pattern);
			new MessageFormat(pattern, ULocale.forLocale(locale));
		}
		catch (IllegalArgumentException ex) {
			return List.of("the text is not a valid message (check that every { has its } and that plural and "
					+ "select forms are written as in the built-in text): " + ex.getMessage());
		}
		SampleArguments samples = SampleArguments.of(builtIn);
		Set<String> unknown = new TreeSet<>(own.names());
		unknown.removeAll(samples.names());
		if (!unknown.isEmpty()) {
			return List.of("the text uses " + braced(unknown) + ", which this message does not have; it can use "
					+ (samples.names().isEmpty() ? "none" : braced(samples.names())));
		}
		Markup markup = Markup.of(key);
		MessageCatalog single = new MessageCatalog(Map.of(MessageCatalog.supported(locale), Map.of(key, pattern)));
		Set<String> problems = new LinkedHashSet<>();
		for (Map<String, Object> arguments : samples.variants()) {
			String rendered;
			try {
				rendered = (markup == Markup.TELEGRAM_HTML) ? single.renderHtml(locale, key, arguments)
						: single.render(locale, key, arguments);
			}
			catch (RuntimeException ex) {
				problems.add("the text cannot be filled in with " + arguments + ": " + ex.getMessage());
				continue;
			}
			if (rendered.contains("{") || rendered.contains("}")) {
				problems.add("a { or } is left in the text after filling it in: " + rendered);
			}
			markup.problem(rendered).ifPresent(problems::add);
		}
		return new ArrayList<>(problems);
	}

	private static String braced(Set<String> names) {
		return names.stream().map((name) -> "{" + name + "}").collect(Collectors.joining(", "));
	}

}
