package org.classbell.app.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The names export files go by: {@code 5А.csv} in a day's folder and a ZIP,
 * {@code 5А_2026-11-25.csv} and {@code journal_2026-11-01_2026-11-25.zip} as answers, and
 * the {@code Content-Disposition} that gives them to a browser (RFC 6266: an ASCII
 * {@code filename} for old clients, the real one in UTF-8 as {@code filename*}, RFC
 * 5987).
 */
final class ExportNames {

	private ExportNames() {
	}

	/**
	 * The file of a class's journal in a day's folder or a ZIP.
	 */
	static String csv(String className) {
		String safe = className.replaceAll("[^\\p{L}\\p{N}_-]", "_");
		return (safe.isEmpty() ? "class" : safe) + ".csv";
	}

	/**
	 * The file of a class's journal of some days, given alone.
	 */
	static String csv(String className, LocalDate from, LocalDate to) {
		String name = csv(className);
		return name.substring(0, name.length() - ".csv".length()) + "_" + days(from, to) + ".csv";
	}

	/**
	 * The ZIP of several classes' journals of some days.
	 */
	static String zip(LocalDate from, LocalDate to) {
		return "journal_" + days(from, to) + ".zip";
	}

	/**
	 * The {@code Content-Disposition} of a file to save under this name.
	 */
	static String attachment(String fileName) {
		String ascii = ExportEncoding.latin(fileName).replaceAll("[^A-Za-z0-9._-]", "_");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncoded(fileName);
	}

	private static String days(LocalDate from, LocalDate to) {
		return from.equals(to) ? from.toString() : from + "_" + to;
	}

	/**
	 * The name as RFC 5987 writes a value: letters, digits and {@code .-_~} as they are,
	 * every other byte of its UTF-8 as {@code %XX}.
	 */
	private static String percentEncoded(String name) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || ".-_~".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return encoded.toString();
	}

}
