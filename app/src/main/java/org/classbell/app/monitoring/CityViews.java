package org.classbell.app.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.classbell.store.monitoring.CitySummary;
import org.classbell.store.monitoring.SchoolSummary;
import org.classbell.store.monitoring.SummaryFigures;

/**
 * The JSON shape of {@code /api/city/summary}.
 */
final class CityViews {

	private CityViews() {
	}

	/**
	 * The period, a line per school and the city's.
	 */
	record Summary(LocalDate from, LocalDate to, List<School> schools, Figures total) {

		static Summary of(CitySummary summary) {
			return new Summary(summary.period().from(), summary.period().to(),
					summary.schools().stream().map(School::of).toList(), Figures.of(summary.total()));
		}

	}

	/**
	 * A school and its figures.
	 */
	record School(String code, String name, String timeZone, Journal journal, Families families, Delivery delivery,
			int smsSegments) {

		static School of(SchoolSummary school) {
			Figures figures = Figures.of(school.figures());
			return new School(school.code(), school.name(), school.timeZone().getId(), figures.journal(),
					figures.families(), figures.delivery(), figures.smsSegments());
		}

	}

	/**
	 * The figures of a school or of the city.
	 */
	record Figures(Journal journal, Families families, Delivery delivery, int smsSegments) {

		static Figures of(SummaryFigures figures) {
			SummaryFigures.Journal journal = figures.journal();
			SummaryFigures.Families families = figures.families();
			SummaryFigures.Delivery delivery = figures.delivery();
			return new Figures(new Journal(journal.lessons(), journal.taken(), journal.share()),
					new Families(families.students(), families.reached(), families.share(),
							families.guardiansByMessenger(), families.guardiansBySmsOnly(),
							families.guardiansUnreached()),
					new Delivery(delivery.sent(), delivery.delivered(), delivery.failed(), delivery.share()),
					figures.smsSegments());
		}

	}

	/**
	 * The lessons of the period that have begun, and those with attendance taken.
	 */
	record Journal(int lessons, int lessonsWithAttendance, BigDecimal share) {

	}

	/**
	 * Students with a guardian reached, and the guardians by how they are reached.
	 */
	record Families(int students, int reached, BigDecimal share, int guardiansByMessenger, int guardiansBySmsOnly,
			int guardiansUnreached) {

	}

	/**
	 * The messages of the period: sent, delivered, failed, and the delivered share.
	 */
	record Delivery(int sent, int delivered, int failed, BigDecimal share) {

	}

}
