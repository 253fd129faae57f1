package org.classbell.app.console.monitoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineChartTest {

	@Test
	void drawsALinePerSeriesScaledToTheLargestValueWithALegend() {
		String svg = LineChart.svg("Delivery", List.of("1", "2", "3"),
				List.of(new LineChart.Series("Sent", "#0b57a4", null, List.of(0, 5, 10)),
						new LineChart.Series("Failed", "#b3261e", "7 4", List.of(0, 0, 0))),
				"-");

		assertThat(svg.split("<polyline", -1)).hasSize(3);
		int top = LineChart.LEGEND_ROW + 12;
		int bottom = top + LineChart.PLOT;
		int right = LineChart.WIDTH - LineChart.RIGHT;
		int middle = (LineChart.LEFT + right) / 2;
		assertThat(svg).contains("points=\"" + LineChart.LEFT + "," + bottom + " " + middle + "," + (bottom - 90) + " "
				+ right + "," + top + "\"");
		assertThat(svg).contains(">Sent</text>", ">Failed</text>", "stroke-dasharray=\"7 4\"", ">10</text>");
		assertThat(svg).contains("role=\"img\"", "<title>Delivery</title>").doesNotContain("style=");
	}

	@Test
	void saysSoWhenThereIsNoData() {
		assertThat(LineChart.svg("Delivery", List.of(), List.of(), "No data.")).contains(">No data.</text>")
			.doesNotContain("<polyline");
	}

	@Test
	void allZeroValuesStayOnTheBaseline() {
		String svg = LineChart.svg("D", List.of("a"), List.of(new LineChart.Series("S", "#000", null, List.of(0))),
				"-");

		assertThat(svg)
			.contains("points=\"" + LineChart.LEFT + "," + (LineChart.LEGEND_ROW + 12 + LineChart.PLOT) + "\"");
	}

	@Test
	void escapesSeriesNamesAndPointLabels() {
		String svg = LineChart.svg("D", List.of("<1>"),
				List.of(new LineChart.Series("A & \"B\"", "#000", null, List.of(1))), "-");

		assertThat(svg).contains("&lt;1&gt;", "A &amp; &quot;B&quot;").doesNotContain("<1>");
	}

}
