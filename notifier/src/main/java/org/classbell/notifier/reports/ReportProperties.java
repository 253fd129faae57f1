package org.classbell.notifier.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the periodic reports ({@code classbell.reports.*}).
 *
 * @param scheduled whether this node keeps the schedules (Quartz) and runs them; a city's
 * nodes all may, as each report runs on one node only
 * @param batchSize how many students a run reads and writes at once, in one transaction
 */
@ConfigurationProperties("classbell.reports")
public record ReportProperties(@DefaultValue("true") boolean scheduled, @DefaultValue("500") int batchSize) {

	public ReportProperties {
		if (batchSize < 1 || batchSize > 10_000) {
			throw new IllegalArgumentException("classbell.reports.batch-size must be from 1 to 10000");
		}
	}

}
