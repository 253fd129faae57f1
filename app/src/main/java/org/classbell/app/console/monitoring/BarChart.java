package org.classbell.app.console.monitoring;

import java.util.List;

/**
 * A horizontal bar chart as an SVG string: a row per bar with its label on the left (cut
 * to fit, whole in the bar's tooltip), the bar scaled to the largest value (or to a fixed
 * maximum, such as 100 for percentages) and its value written after it. Everything drawn
 * with presentation attributes, nothing with style attributes (the console's
 * Content-Security-Policy forbids them).
 */
public final class BarChart {

	static final int WIDTH = 540;

	static final int LABEL_WIDTH = 180;

	static final int VALUE_WIDTH = 110;

	static final int ROW = 26;

	static final int BAR = 18;

	/** Labels longer than this are cut. */
	static final int LABEL_CHARS = 20;

	/** The bars' colour: 7:1 on white. */
	static final String COLOUR = "#0b57a4";

	/** A bar that needs attention: 6:1 on white. */
	static final String WARN = "#8a4b00";

	private BarChart() {
	}

	/**
	 * The chart of the bars.
	 * @param summary what the chart shows, for its title and for screen readers
	 * @param bars the bars, in order
	 * @param max the value a full bar stands for, or 0 for the largest value
	 * @param empty what to say when there are no bars
	 */
	public static String svg(String summary, List<Bar> bars, double max, String empty) {
		if (bars.isEmpty()) {
			return Svg.open(WIDTH, 40, summary)
				.append("<text x=\"0\" y=\"25\" fill=\"")
				.append(Svg.MUTED)
				.append("\" ")
				.append(Svg.FONT)
				.append('>')
				.append(Svg.escape(empty))
				.append("</text></svg>")
				.toString();
		}
		double top = (max > 0) ? max
				: bars.stream().filter((bar) -> bar.value() != null).mapToDouble(Bar::value).max().orElse(0);
		if (top <= 0) {
			top = 1;
		}
		int area = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
		int height = bars.size() * ROW + 8;
		StringBuilder svg = Svg.open(WIDTH, height, summary);
		svg.append("<line x1=\"").append(LABEL_WIDTH).append("\" y1=\"0\" x2=\"").append(LABEL_WIDTH);
		svg.append("\" y2=\"").append(height).append("\" stroke=\"").append(Svg.GRID).append("\"/>");
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			double value = (bar.value() != null) ? Math.max(0, Math.min(bar.value(), top)) : 0;
			double length = value / top * area;
			int y = i * ROW + 4;
			svg.append("<g class=\"bar\"><title>")
				.append(Svg.escape(bar.label() + ": " + bar.valueText()))
				.append("</title>");
			svg.append("<text x=\"")
				.append(LABEL_WIDTH - 8)
				.append("\" y=\"")
				.append(y + 14)
				.append("\" text-anchor=\"end\" fill=\"")
				.append(Svg.TEXT)
				.append("\" ")
				.append(Svg.FONT)
				.append('>')
				.append(Svg.escape(Svg.truncate(bar.label(), LABEL_CHARS)))
				.append("</text>");
			svg.append("<rect x=\"")
				.append(LABEL_WIDTH)
				.append("\" y=\"")
				.append(y)
				.append("\" width=\"")
				.append(Svg.n(length))
				.append("\" height=\"")
				.append(BAR)
				.append("\" fill=\"")
				.append(bar.warn() ? WARN : COLOUR)
				.append("\"/>");
			svg.append("<text x=\"")
				.append(Svg.n(LABEL_WIDTH + length + 6))
				.append("\" y=\"")
				.append(y + 14)
				.append("\" fill=\"")
				.append(bar.warn() ? WARN : Svg.TEXT)
				.append("\" ")
				.append(Svg.FONT)
				.append('>')
				.append(Svg.escape(bar.valueText()))
				.append("</text></g>");
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * A bar.
	 *
	 * @param label what it is of
	 * @param value its length, or {@code null} for none
	 * @param valueText its value as the chart writes it
	 * @param warn whether it needs attention (drawn in a warning colour)
	 */
	public record Bar(String label, Double value, String valueText, boolean warn) {

	}

}
