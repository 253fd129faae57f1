package org.classbell.store.monitoring;

import java.util.List;

/**
 * The city's summary of a period: each school's figures, in the order of their names, and
 * the city's.
 *
 * @param period the days, each school's own in its time zone
 * @param schools every school of the deployment
 * @param total all of them together
 */
public record CitySummary(DayRange period, List<SchoolSummary> schools, SummaryFigures total) {

	public CitySummary {
		schools = List.copyOf(schools);
	}

}
