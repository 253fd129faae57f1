package org.classbell.store.monitoring;

import java.time.ZoneId;

import org.classbell.store.SchoolId;

/**
 * One school's line of the city's summary.
 *
 * @param id the school
 * @param code the code the admin API names it by
 * @param name its name
 * @param timeZone its time zone, which its days are counted in
 * @param figures its figures
 */
public record SchoolSummary(SchoolId id, String code, String name, ZoneId timeZone, SummaryFigures figures) {

}
