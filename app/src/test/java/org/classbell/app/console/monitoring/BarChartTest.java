package org.classbell.app.console.monitoring;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTest {

	private static final Pattern WIDTHS = Pattern.compile("<rect [^>]*width=\"([\\d.]+)\"");

	@Test
	void scalesBarsToTheLargestValue() {
		String svg = BarChart.svg("Marks", List.of(bar("A", 10.0), bar("B", 5.0), bar("C", 0.0)), 0, "none");

		int area = BarChart.WIDTH - BarChart.LABEL_WIDTH - BarChart.VALUE_WIDTH;
		assertThat(widths(svg)).containsExactly(String.valueOf(area), String.valueOf(area / 2), "0");
		assertThat(svg).contains("<g class=\"bar\">").contains(">10 days</text>");
	}

	@Test
	void scalesBarsToAFixedMaximumAndClampsBeyondIt() {
		String svg = BarChart.svg("Share", List.of(bar("A", 50.0), bar("B", 150.0)), 100, "none");

		int area = BarChart.WIDTH - BarChart.LABEL_WIDTH - BarChart.VALUE_WIDTH;
		assertThat(widths(svg)).containsExactly(String.valueOf(area / 2), String.valueOf(area));
	}

	@Test
	void saysSoWhenThereIsNoData() {
		String svg = BarChart.svg("Marks", List.of(), 0, "No data.");

		assertThat(svg).startsWith("<svg")
			.contains("role=\"img\"", "aria-label=\"Marks\"", "<title>Marks</title>", ">No data.</text>");
		assertThat(svg).doesNotContain("<rect");
	}

	@Test
	void barsWithoutAValueOrAllZeroDrawNothingButTheirText() {
		String svg = BarChart.svg("Marks", List.of(new BarChart.Bar("A", null, "never", true), bar("B", 0.0)), 0, "-");

		assertThat(widths(svg)).containsExactly("0", "0");
		assertThat(svg).contains(">never</text>", "fill=\"" + BarChart.WARN + "\"");
	}

	@Test
	void cutsLongLabelsAndKeepsThemWholeInTheTooltip() {
		String label = "Константинопольская-Бельведерская Анастасия Вячеславовна, 11Б";

		String svg = BarChart.svg("Marks", List.of(bar(label, 1.0)), 0, "-");

		assertThat(svg).contains(">" + label.substring(0, BarChart.LABEL_CHARS - 1) + "…</text>");
		assertThat(svg).contains("<title>" + label + ": 1 days</title>");
	}

	@Test
	void escapesNames() {
		String svg = BarChart.svg("<b>\"Q&A\"</b>", List.of(bar("<script>alert('x')</script>", 1.0)), 0, "-");

		assertThat(svg).doesNotContain("<script>", "<b>");
		assertThat(svg).contains("aria-label=\"&lt;b&gt;&quot;Q&amp;A&quot;&lt;/b&gt;\"",
				"&lt;script&gt;alert(&#39;x&#39;)");
	}

	@Test
	void usesNoStyleAttributes() {
		assertThat(BarChart.svg("Marks", List.of(bar("A", 1.0)), 0, "-")).doesNotContain("style=");
	}

	private static BarChart.Bar bar(String label, Double value) {
		return new BarChart.Bar(label, value, Math.round(value) + " days", false);
	}

	private static List<String> widths(String svg) {
		Matcher matcher = WIDTHS.matcher(svg);
		java.util.ArrayList<String> widths = new java.util.ArrayList<>();
		while (matcher.find()) {
			widths.add(matcher.group(1));
		}
		return widths;
	}

}
