package org.classbell.app.console.monitoring;

import java.time.LocalDate;
import java.util.List;

import org.classbell.notifier.outbox.DailyDelivery;
import org.classbell.notifier.outbox.DeliveryFigures;
import org.classbell.notifier.outbox.SmsSegments;
import org.classbell.store.monitoring.DayRange;
import org.classbell.store.monitoring.JournalUpkeep;
import org.classbell.store.monitoring.SchoolSubscriptions;
import org.classbell.store.monitoring.Subscriptions;
import org.classbell.store.monitoring.TeacherClass;
import org.classbell.store.school.School;

import org.springframework.stereotype.Component;

/**
 * Reads the four reports the page shows, from the same store queries the monitoring API
 * answers with: each one set-based query.
 */
@Component
class MonitoringFigures {

	/** The SMS segments are shown for this many months up to the period's last day. */
	static final int MONTHS = 12;

	private final JournalUpkeep upkeep;

	private final Subscriptions subscriptions;

	private final DeliveryFigures delivery;

	MonitoringFigures(JournalUpkeep upkeep, Subscriptions subscriptions, DeliveryFigures delivery) {
		this.upkeep = upkeep;
		this.subscriptions = subscriptions;
		this.delivery = delivery;
	}

	List<TeacherClass> teachers(School school, DayRange period, java.time.Instant now) {
		return this.upkeep.of(school, period, now);
	}

	SchoolSubscriptions subscriptions(School school) {
		return this.subscriptions.of(school.id());
	}

	List<DailyDelivery> delivery(School school, DayRange period) {
		return this.delivery.daily(school, period);
	}

	SmsSegments segments(School school, DayRange period) {
		return this.delivery.smsSegments(school, months(period.to()));
	}

	/**
	 * The months the SMS chart covers: the {@value #MONTHS} months up to the day.
	 */
	static DayRange months(LocalDate last) {
		return new DayRange(last.withDayOfMonth(1).minusMonths(MONTHS - 1), last);
	}

}
