package org.classbell.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * Every text ClassBell shows or sends, in Russian and English, as ICU message patterns
 * read from {@code templates/messages_<language>.properties}. Patterns take named
 * arguments and get plurals, numbers and dates right for the language ({@code 1 пропуск},
 * {@code 2 пропуска}, {@code 5 пропусков}).
 */
public final class MessageCatalog {

	/** The language of the school and the fallback for every other. */
	public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	public static final Locale ENGLISH = Locale.forLanguageTag("en");

	/** The languages of the catalogue, the first being the fallback. */
	public static final List<Locale> LOCALES = List.of(RUSSIAN, ENGLISH);

	private final Map<Locale, Map<String, String>> patterns;

	/** The schools' own catalogues, by school code. */
	private final Map<String, MessageCatalog> schools;

	private final Map<String, MessageFormat> compiled = new ConcurrentHashMap<>();

	/**
	 * Each thread's own copies of the compiled messages: a message format is not safe for
	 * two threads at once, and a fresh copy for each message would lose what the format
	 * keeps between calls (its number formatters, which get fast after some use).
	 */
	private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);

	public MessageCatalog(Map<Locale, Map<String, String>> patterns) {
		Map<Locale, Map<String, String>> copy = new LinkedHashMap<>();
		patterns.forEach((locale, messages) -> copy.put(locale, Map.copyOf(messages)));
		this.patterns = Collections.unmodifiableMap(copy);
		this.schools = Map.of();
	}

	private MessageCatalog(Map<Locale, Map<String, String>> patterns, Map<String, MessageCatalog> schools) {
		this.patterns = patterns;
		this.schools = Map.copyOf(schools);
	}

	/**
	 * This catalogue, knowing the catalogues of the schools that have texts of their own
	 * (see {@link #forSchool(String)}).
	 * @param schools each school's catalogue by school code: this one's texts with the
	 * school's own over them
	 */
	public MessageCatalog withSchools(Map<String, MessageCatalog> schools) {
		return new MessageCatalog(this.patterns, schools);
	}

	/**
	 * The catalogue a school's families are written to in: the school's own texts over
	 * this catalogue's, where it has any; this catalogue otherwise. A school's catalogue
	 * knows no other school's, so ask the deployment's one.
	 * @param code the school's code, or {@code null} for the deployment's texts
	 */
	public MessageCatalog forSchool(String code) {
		return (code != null) ? this.schools.getOrDefault(code, this) : this;
	}

	/**
	 * The codes of the schools with texts of their own, in order.
	 */
	public Set<String> schools() {
		return new TreeSet<>(this.schools.keySet());
	}

	/**
	 * The catalogue shipped with ClassBell.
	 */
	public static MessageCatalog builtIn() {
		Map<Locale, Map<String, String>> patterns = new LinkedHashMap<>();
		for (Locale locale : LOCALES) {
			patterns.put(locale, read("templates/messages_" + locale.getLanguage() + ".properties"));
		}
		return new MessageCatalog(patterns);
	}

	/**
	 * The message in the language (or Russian where the catalogue lacks the language or
	 * the message). Dates may be given as {@link LocalDate}, {@link LocalDateTime} or
	 * {@link ZonedDateTime} (shown as they read in their zone).
	 * @throws IllegalArgumentException if no language has the message
	 */
	public String render(Locale locale, String key, Map<String, ?> arguments) {
		Locale language = supported(locale);
		String pattern = this.patterns.get(language).get(key);
		if (pattern == null) {
			language = RUSSIAN;
			pattern = this.patterns.get(RUSSIAN).get(key);
		}
		if (pattern == null) {
			throw new IllegalArgumentException("No message " + key);
		}
		String cacheKey = language.getLanguage() + ":" + key;
		Locale formatLocale = language;
		String source = pattern;
		MessageFormat format = this.formats.get()
			.computeIfAbsent(cacheKey,
					(k) -> (MessageFormat) this.compiled
						.computeIfAbsent(k, (compiling) -> new MessageFormat(source, ULocale.forLocale(formatLocale)))
						.clone());
		return format.format(javaTimeAsDates(arguments));
	}

	public String render(Locale locale, String key) {
		return render(locale, key, Map.of());
	}

	/**
	 * The message for Telegram's HTML mode: text arguments (names, what teachers typed)
	 * are escaped, so that only the catalogue's own markup is markup.
	 */
	public String renderHtml(Locale locale, String key, Map<String, ?> arguments) {
		Map<String, Object> escaped = new HashMap<>(arguments);
		escaped.replaceAll((name, value) -> (value instanceof CharSequence text) ? escapeHtml(text.toString()) : value);
		return render(locale, key, escaped);
	}

	/**
	 * Text with {@code &}, {@code <} and {@code >} escaped for Telegram's HTML mode.
	 */
	public static String escapeHtml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/**
	 * Telegram HTML as plain text: tags dropped, entities unescaped.
	 */
	public static String plainText(String html) {
		return html.replaceAll("<[^>]*>", "")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&amp;", "&");
	}

	/**
	 * The keys of one language, to check that every language has every message.
	 */
	public Set<String> keys(Locale locale) {
		return new TreeSet<>(this.patterns.getOrDefault(locale, Map.of()).keySet());
	}

	/**
	 * The raw pattern of a message in one language, if it has it.
	 */
	public String pattern(Locale locale, String key) {
		return this.patterns.getOrDefault(locale, Map.of()).get(key);
	}

	/**
	 * The catalogue language closest to the one asked for.
	 */
	public static Locale supported(Locale locale) {
		if (locale != null) {
			for (Locale candidate : LOCALES) {
				if (candidate.getLanguage().equals(locale.getLanguage())) {
					return candidate;
				}
			}
		}
		return RUSSIAN;
	}

	private static Map<String, Object> javaTimeAsDates(Map<String, ?> arguments) {
		Map<String, Object> converted = new HashMap<>(arguments);
		converted.replaceAll((name, value) -> {
			if (value instanceof LocalDate date) {
				return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
			}
			if (value instanceof LocalDateTime dateTime) {
				return Date.from(dateTime.atZone(ZoneId.systemDefault()).toInstant());
			}
			if (value instanceof ZonedDateTime zoned) {
				return Date.from(zoned.toLocalDateTime().atZone(ZoneId.systemDefault()).toInstant());
			}
			return value;
		});
		return converted;
	}

	private static Map<String, String> read(String resource) {
		try (InputStream in = MessageCatalog.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing message catalogue " + resource);
			}
			Properties properties = new Properties();
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			Map<String, String> messages = new HashMap<>();
			properties.stringPropertyNames().forEach((key) -> messages.put(key, properties.getProperty(key)));
			return messages;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + resource, ex);
		}
	}

}
