package org.classbell.templates.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.classbell.templates.MessageCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message keys a module's code asks the catalogue for, read from its sources: every
 * string literal that is a key of a section the catalogue has ({@code report.usage}), and
 * every key built from a literal prefix and a value ({@code "note.usage." + kind.code()},
 * or a prefix handed to a method that adds to it) with the values registered by the
 * module's test, which enumerates them from the enums or constants the code builds them
 * from. A prefix the test did not register fails, so a new way of building keys cannot go
 * unchecked.
 */
public final class KeysInCode {

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");

	private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*\\.");

	private static final List<String> CHANNEL_FORMS = List.of(".telegram", ".sms");

	/**
	 * A call that takes a key after its first argument, such as
	 * {@code texts.say(caller, "failed")} or
	 * {@code messages.render(locale, "sms.reply.help")}.
	 */
	private static final Pattern CALL = Pattern
		.compile("\\b(say|ask|html|label|render|renderHtml|plain)\\(\\s*[\\w.]+(\\(\\))?\\s*,\\s*$");

	private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");

	private final MessageCatalog catalog = MessageCatalog.builtIn();

	private final String namespace;

	private final Set<String> sections = new TreeSet<>();

	private final Map<String, Set<String>> keys = new LinkedHashMap<>();

	private final Map<String, Set<String>> prefixes = new LinkedHashMap<>();

	private final Map<String, Collection<String>> built = new LinkedHashMap<>();

	private KeysInCode(String namespace) {
		this.namespace = namespace;
		for (String key : this.catalog.keys(MessageCatalog.RUSSIAN)) {
			if (key.startsWith(namespace)) {
				this.sections.add(key.substring(namespace.length()).split("\\.")[0]);
			}
		}
	}

	/**
	 * The keys in the Java sources under the directory.
	 * @param sources such as {@code src/main/java}
	 * @param namespace what the code's keys are put under before the catalogue is asked,
	 * such as {@code bot.} for the bot's texts; {@code ""} for none
	 */
	public static KeysInCode scan(Path sources, String namespace) {
		return scan(sources, namespace, List.of());
	}

	/**
	 * The keys in the Java sources under the directory, but for those under the skipped
	 * directories (code whose texts come from another catalogue).
	 */
	public static KeysInCode scan(Path sources, String namespace, List<Path> skipped) {
		KeysInCode found = new KeysInCode(namespace);
		try (Stream<Path> files = Files.walk(sources)) {
			files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> skipped.stream().noneMatch(file::startsWith))
				.sorted()
				.forEach(found::read);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(found.keys).as("keys found in %s", sources).isNotEmpty();
		return found;
	}

	/**
	 * Registers how the code builds keys from a prefix: the values it puts after it.
	 */
	public KeysInCode built(String prefix, Collection<String> suffixes) {
		assertThat(suffixes).as("what follows %s", prefix).isNotEmpty();
		this.built.put(prefix, suffixes);
		return this;
	}

	/**
	 * Registers keys the code asks for that are made elsewhere, such as those of an enum
	 * of another module.
	 */
	public KeysInCode asks(Collection<String> more) {
		more.forEach((key) -> this.keys.computeIfAbsent(key, (found) -> new TreeSet<>()).add("registered"));
		return this;
	}

	/**
	 * The keys found as literals, each with the files it is in.
	 */
	public Set<String> literalKeys() {
		return this.keys.keySet();
	}

	/**
	 * Fails unless every key the code asks for is in every catalogue, and every prefix
	 * the code builds keys from is registered. A key the notifier renders in a form per
	 * channel ({@code alert.announcement}) is there when its {@code .telegram} and
	 * {@code .sms} forms are.
	 */
	public void assertEveryCatalogueHasThem() {
		Set<String> unregistered = new TreeSet<>(this.prefixes.keySet());
		unregistered.removeAll(this.built.keySet());
		assertThat(unregistered)
			.as("keys built from these prefixes (found in %s); register what follows them", this.prefixes.values())
			.isEmpty();
		Set<String> asked = new TreeSet<>(this.keys.keySet());
		this.built.forEach((prefix, suffixes) -> suffixes.forEach((suffix) -> asked.add(prefix + suffix)));
		for (Locale locale : MessageCatalog.LOCALES) {
			Set<String> present = this.catalog.keys(locale);
			List<String> missing = new ArrayList<>();
			for (String key : asked) {
				String full = this.namespace + key;
				boolean inChannelForms = CHANNEL_FORMS.stream().allMatch((form) -> present.contains(full + form));
				if (!present.contains(full) && !inChannelForms) {
					missing.add(full + " (" + String.join(", ", this.keys.getOrDefault(key, Set.of("built"))) + ")");
				}
			}
			assertThat(missing).as("keys the code asks for that the %s catalogue lacks", locale).isEmpty();
		}
	}

	private void read(Path file) {
		String source;
		try {
			source = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String name = file.getFileName().toString();
		for (JavaStrings.Literal literal : JavaStrings.of(source)) {
			String value = literal.value();
			if (PREFIX.matcher(value).matches() && isSection(value)) {
				this.prefixes.computeIfAbsent(value, (key) -> new TreeSet<>()).add(name);
			}
			else if (!literal.followedByPlus() && !literal.precededByPlus()
					&& ((KEY.matcher(value).matches() && isSection(value))
							|| (WORD.matcher(value).matches() && CALL.matcher(literal.before()).find()))) {
				this.keys.computeIfAbsent(value, (key) -> new TreeSet<>()).add(name);
			}
		}
	}

	private boolean isSection(String key) {
		return this.sections.contains(key.split("\\.")[0]);
	}

}
