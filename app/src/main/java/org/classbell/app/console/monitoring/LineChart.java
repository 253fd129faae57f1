package org.classbell.app.console.monitoring;

import java.util.List;

/**
 * A line chart as an SVG string: one line per series over the same points (days), a
 * legend naming each series with a sample of its line, a scale from zero to the largest
 * value, and the first, middle and last point labelled below. Presentation attributes
 * only (no style attributes).
 */
public final class LineChart {

	static final int WIDTH = 540;

	static final int LEFT = 44;

	static final int RIGHT = 16;

	static final int LEGEND_ROW = 20;

	static final int PLOT = 180;

	private LineChart() {
	}

	/**
	 * The chart of the series.
	 * @param summary what the chart shows, for its title and for screen readers
	 * @param points the labels of the points, in order
	 * @param series the lines, each with a value per point
	 * @param empty what to say when there are no points
	 */
	public static String svg(String summary, List<String> points, List<Series> series, String empty) {
		if (points.isEmpty() || series.isEmpty()) {
			return BarChart.svg(summary, List.of(), 0, empty);
		}
		int legendRows = (series.size() + 1) / 2;
		int top = legendRows * LEGEND_ROW + 12;
		int height = top + PLOT + 28;
		int max = series.stream().flatMap((line) -> line.values().stream()).mapToInt(Integer::intValue).max().orElse(0);
		int scale = Math.max(max, 1);
		double step = (points.size() > 1) ? (double) (WIDTH - LEFT - RIGHT) / (points.size() - 1) : 0;
		StringBuilder svg = Svg.open(WIDTH, height, summary);
		for (int i = 0; i < series.size(); i++) {
			Series line = series.get(i);
			int x = (i % 2 == 0) ? LEFT : LEFT + (WIDTH - LEFT) / 2;
			int y = (i / 2) * LEGEND_ROW + 12;
			svg.append("<g class=\"legend\"><line x1=\"")
				.append(x)
				.append("\" y1=\"")
				.append(y)
				.append("\" x2=\"")
				.append(x + 28)
				.append("\" y2=\"")
				.append(y)
				.append('"')
				.append(stroke(line))
				.append("/><text x=\"")
				.append(x + 36)
				.append("\" y=\"")
				.append(y + 4)
				.append("\" fill=\"")
				.append(Svg.TEXT)
				.append("\" ")
				.append(Svg.FONT)
				.append('>')
				.append(Svg.escape(Svg.truncate(line.name(), 30)))
				.append("</text></g>");
		}
		int bottom = top + PLOT;
		for (int value : new int[] { 0, scale }) {
			double y = bottom - (double) value / scale * PLOT;
			svg.append("<line x1=\"")
				.append(LEFT)
				.append("\" y1=\"")
				.append(Svg.n(y))
				.append("\" x2=\"")
				.append(WIDTH - RIGHT)
				.append("\" y2=\"")
				.append(Svg.n(y))
				.append("\" stroke=\"")
				.append(Svg.GRID)
				.append("\"/>")
				.append(text(LEFT - 6, y + 4, "end", Integer.toString(value)));
		}
		for (int index : labelled(points.size())) {
			double x = LEFT + index * step;
			String anchor = (index == 0) ? "start" : (index == points.size() - 1) ? "end" : "middle";
			svg.append(text(x, bottom + 20, anchor, points.get(index)));
		}
		for (Series line : series) {
			svg.append("<polyline class=\"series\" fill=\"none\"").append(stroke(line)).append(" points=\"");
			for (int i = 0; i < line.values().size() && i < points.size(); i++) {
				double x = LEFT + i * step;
				double y = bottom - (double) line.values().get(i) / scale * PLOT;
				svg.append((i > 0) ? " " : "").append(Svg.n(x)).append(',').append(Svg.n(y));
			}
			svg.append("\"><title>").append(Svg.escape(line.name())).append("</title></polyline>");
		}
		return svg.append("</svg>").toString();
	}

	private static List<Integer> labelled(int points) {
		if (points == 1) {
			return List.of(0);
		}
		if (points == 2) {
			return List.of(0, 1);
		}
		return List.of(0, (points - 1) / 2, points - 1);
	}

	private static String stroke(Series line) {
		return " stroke=\"" + line.colour() + "\" stroke-width=\"2.5\""
				+ ((line.dash() != null) ? " stroke-dasharray=\"" + line.dash() + "\"" : "");
	}

	private static String text(double x, double y, String anchor, String text) {
		return "<text x=\"" + Svg.n(x) + "\" y=\"" + Svg.n(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" + Svg.MUTED
				+ "\" " + Svg.FONT + ">" + Svg.escape(text) + "</text>";
	}

	/**
	 * A line.
	 *
	 * @param name what it shows, in the legend
	 * @param colour its colour
	 * @param dash its dash pattern, or {@code null} for a solid line
	 * @param values a value per point
	 */
	public record Series(String name, String colour, String dash, List<Integer> values) {

		public Series {
			values = List.copyOf(values);
		}

	}

}
