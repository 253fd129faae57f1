package org.classbell.app.console.monitoring;

import java.util.Locale;

/**
 * What the charts share: text made safe for SVG, labels cut to fit, numbers written
 * without a locale's surprises.
 */
final class Svg {

	/** Text colour: near black, 16:1 on white. */
	static final String TEXT = "#1b1f24";

	/** Axis and grid colour. */
	static final String GRID = "#c9d1d9";

	/** Muted text: 7:1 on white. */
	static final String MUTED = "#4a5560";

	static final String FONT = "font-family=\"system-ui, sans-serif\" font-size=\"14\"";

	private Svg() {
	}

	/**
	 * The text with the five XML specials written as entities.
	 */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\t' || c == '\n') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	/**
	 * The label, cut to at most {@code max} characters with an ellipsis.
	 */
	static String truncate(String label, int max) {
		if (label == null) {
			return "";
		}
		return (label.codePointCount(0, label.length()) <= max) ? label
				: label.substring(0, label.offsetByCodePoints(0, max - 1)) + "…";
	}

	/**
	 * A coordinate with at most one decimal.
	 */
	static String n(double value) {
		return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
	}

	/**
	 * The opening tag of a chart: an image to assistive technology, named by its summary.
	 */
	static StringBuilder open(int width, int height, String summary) {
		return new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\"")
			.append(" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(height)
			.append("\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" aria-label=\"")
			.append(escape(summary))
			.append("\"><title>")
			.append(escape(summary))
			.append("</title>");
	}

}
