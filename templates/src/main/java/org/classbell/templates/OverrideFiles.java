package org.classbell.templates;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.classbell.templates.TemplateOverrides.Rejected;

/**
 * Finds and reads the files of a template override directory:
 * {@code <locale>/*.properties} in UTF-8, anything else reported as not used.
 */
final class OverrideFiles {

	private OverrideFiles() {
	}

	/**
	 * The properties files of the directory's language directories, in order of their
	 * names; whatever else is there goes to {@code rejected}.
	 */
	static List<Path> find(Path directory, List<Rejected> rejected) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		List<Path> files = new ArrayList<>();
		try (Stream<Path> entries = Files.list(directory)) {
			for (Path entry : entries.sorted().toList()) {
				String name = entry.getFileName().toString();
				if (name.startsWith(".")) {
					continue;
				}
				boolean locale = MessageCatalog.LOCALES.stream()
					.anyMatch((supported) -> supported.getLanguage().equalsIgnoreCase(name));
				if (!Files.isDirectory(entry)) {
					rejected.add(new Rejected(entry, null, "files go into a language directory: "
							+ directory.resolve("ru").resolve(name) + " or " + directory.resolve("en").resolve(name)));
				}
				else if (!locale) {
					rejected.add(new Rejected(entry, null,
							"ClassBell has messages in ru and en only; this directory is not read"));
				}
				else {
					files.addAll(propertiesFiles(entry, rejected));
				}
			}
		}
		catch (IOException ex) {
			rejected.add(new Rejected(directory, null, "the directory cannot be read: " + ex.getMessage()));
		}
		return files;
	}

	private static List<Path> propertiesFiles(Path directory, List<Rejected> rejected) throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> entries = Files.list(directory)) {
			for (Path entry : entries.sorted().toList()) {
				String name = entry.getFileName().toString();
				if (name.startsWith(".")) {
					continue;
				}
				if (Files.isRegularFile(entry) && name.endsWith(".properties")) {
					files.add(entry);
				}
				else {
					rejected.add(new Rejected(entry, null, "only files named *.properties are read"));
				}
			}
		}
		return files;
	}

	static Map<String, String> read(Path file) throws IOException {
		String content = Files.readString(file, StandardCharsets.UTF_8);
		if (content.startsWith("\uFEFF")) {
			content = content.substring(1);
		}
		Properties properties = new Properties();
		properties.load(new StringReader(content));
		Map<String, String> texts = new TreeMap<>();
		properties.stringPropertyNames().forEach((key) -> texts.put(key, properties.getProperty(key)));
		return texts;
	}

}
