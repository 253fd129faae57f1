package org.classbell.app.web;

/**
 * The one rule of every CSV the admin API writes for a spreadsheet: a text that a
 * spreadsheet would take for a formula (beginning with {@code = + - @}, a tab or a
 * carriage return, as a name from a roster might) is written after an apostrophe, as
 * OWASP's advice on CSV injection has it, so that the spreadsheet shows it as text and
 * runs nothing.
 */
public final class CsvCells {

	/** What a cell that a spreadsheet reads as a formula begins with. */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CsvCells() {
	}

	/**
	 * The text as a cell a spreadsheet shows as text, never evaluates.
	 */
	public static String text(String text) {
		return (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

}
