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
 * {@code <locale>/*.properties} in UTF-8 for every school,
 * {@code <school code>/<locale>/*.properties} for one school, anything else reported as
 * not used.
 */
final class OverrideFiles {

	/**
	 * The form of a school's code, as the store keeps it: lower-case Latin letters,
	 * digits and hyphens.
	 */
	private static final String SCHOOL_CODE = "[a-z0-9][a-z0-9-]{0,31}";

	private OverrideFiles() {
	}

	/**
	 * The properties files of the directory's language directories, in order of their
	 * names, and those of each school's directory, by school code; whatever else is there
	 * goes to {@code rejected}.
	 */
	static Found find(Path directory, List<Rejected> rejected) {
		Map<String, List<Path>> schools = new TreeMap<>();
		List<Path> common = new ArrayList<>();
		if (!Files.isDirectory(directory)) {
			return new Found(common, schools);
		}
		for (Path entry : entries(directory, rejected)) {
			String name = entry.getFileName().toString();
			if (!Files.isDirectory(entry)) {
				rejected.add(new Rejected(entry, null, "files go into a language directory: "
						+ directory.resolve("ru").resolve(name) + " or " + directory.resolve("en").resolve(name)));
			}
			else if (isLanguage(name)) {
				common.addAll(propertiesFiles(entry, rejected));
			}
			else if (name.matches(SCHOOL_CODE)) {
				schools.put(name, languageFiles(entry, rejected));
			}
			else {
				rejected.add(new Rejected(entry, null, "this directory is not read: its name is neither a language "
						+ "(ru, en) nor a school code (lower-case Latin letters, digits and hyphens, such as sch8)"));
			}
		}
		return new Found(common, schools);
	}

	/**
	 * The properties files of a school's language directories.
	 */
	private static List<Path> languageFiles(Path directory, List<Rejected> rejected) {
		List<Path> files = new ArrayList<>();
		for (Path entry : entries(directory, rejected)) {
			String name = entry.getFileName().toString();
			if (!Files.isDirectory(entry)) {
				rejected.add(new Rejected(entry, null, "files go into a language directory: "
						+ directory.resolve("ru").resolve(name) + " or " + directory.resolve("en").resolve(name)));
			}
			else if (!isLanguage(name)) {
				rejected.add(new Rejected(entry, null,
						"ClassBell has messages in ru and en only; this directory is not read"));
			}
			else {
				files.addAll(propertiesFiles(entry, rejected));
			}
		}
		return files;
	}

	private static List<Path> propertiesFiles(Path directory, List<Rejected> rejected) {
		List<Path> files = new ArrayList<>();
		for (Path entry : entries(directory, rejected)) {
			String name = entry.getFileName().toString();
			if (Files.isRegularFile(entry) && name.endsWith(".properties")) {
				files.add(entry);
			}
			else {
				rejected.add(new Rejected(entry, null, "only files named *.properties are read"));
			}
		}
		return files;
	}

	/**
	 * What the directory holds, by name, hidden files left out.
	 */
	private static List<Path> entries(Path directory, List<Rejected> rejected) {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.sorted().filter((entry) -> !entry.getFileName().toString().startsWith(".")).toList();
		}
		catch (IOException ex) {
			rejected.add(new Rejected(directory, null, "the directory cannot be read: " + ex.getMessage()));
			return List.of();
		}
	}

	private static boolean isLanguage(String name) {
		return MessageCatalog.LOCALES.stream().anyMatch((supported) -> supported.getLanguage().equalsIgnoreCase(name));
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

	/**
	 * The override files of a directory.
	 *
	 * @param common those for every school, in order of their paths
	 * @param schools those of each school that has a directory, by school code
	 */
	record Found(List<Path> common, Map<String, List<Path>> schools) {

	}

}
