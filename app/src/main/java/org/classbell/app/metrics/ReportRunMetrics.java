package org.classbell.app.metrics;

import java.time.Clock;
import java.util.List;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.classbell.notifier.reports.ReportKind;
import org.classbell.notifier.reports.ReportRunFigures;

import org.springframework.stereotype.Component;

/**
 * The report runs' gauges: {@code classbell_report_runs{period, status}} and
 * {@code classbell_report_last_finished_timestamp_seconds{period}}, from one query per
 * {@link Reading#FRESH}. Every node of a city reports the same values.
 */
@Component
class ReportRunMetrics implements MeterBinder {

	private static final String RUNS = "Report runs begun in the last 24 hours: finished, or running "
			+ "(which includes a run whose node stopped in the middle)";

	private final Reading<List<ReportRunFigures.Runs>> runs;

	ReportRunMetrics(ReportRunFigures figures, Clock clock) {
		this.runs = new Reading<>("the report runs", Reading.FRESH, figures::read, clock);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (ReportKind kind : ReportKind.values()) {
			Gauge.builder("classbell.report.runs", () -> of(kind, ReportRunFigures.Runs::running))
				.description(RUNS)
				.tag("period", kind.code())
				.tag("status", "running")
				.register(registry);
			Gauge.builder("classbell.report.runs", () -> of(kind, ReportRunFigures.Runs::finished))
				.description(RUNS)
				.tag("period", kind.code())
				.tag("status", "finished")
				.register(registry);
			Gauge
				.builder("classbell.report.last.finished.timestamp",
						() -> of(kind,
								(runs) -> (runs.lastFinished() != null) ? runs.lastFinished().toEpochMilli() / 1000.0
										: Double.NaN))
				.description("When a run of the report last finished, in seconds since the epoch; NaN before the first")
				.tag("period", kind.code())
				.baseUnit("seconds")
				.register(registry);
		}
	}

	private double of(ReportKind kind, ToDoubleFunction<ReportRunFigures.Runs> figure) {
		return this.runs.get((all) -> all.stream()
			.filter((runs) -> runs.kind() == kind)
			.mapToDouble(figure)
			.findFirst()
			.orElse(Double.NaN));
	}

}
