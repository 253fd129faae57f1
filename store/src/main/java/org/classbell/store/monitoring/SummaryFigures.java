package org.classbell.store.monitoring;

import java.math.BigDecimal;

/**
 * A school's figures for the city's summary (or the city's, added up): how the journal is
 * kept, how many families are reached, what became of the messages, and the SMS segments
 * spent.
 *
 * @param journal the lessons of the period and those with attendance taken
 * @param families the students and guardians reached
 * @param delivery the messages of the period
 * @param smsSegments the SMS segments sent in the period
 */
public record SummaryFigures(Journal journal, Families families, Delivery delivery, int smsSegments) {

	/** Nothing at all: what a sum starts from. */
	public static final SummaryFigures NONE = new SummaryFigures(new Journal(0, 0), new Families(0, 0, 0, 0, 0),
			new Delivery(0, 0, 0), 0);

	/**
	 * These figures and the other's together.
	 */
	public SummaryFigures plus(SummaryFigures other) {
		return new SummaryFigures(
				new Journal(this.journal.lessons + other.journal.lessons, this.journal.taken + other.journal.taken),
				new Families(this.families.students + other.families.students,
						this.families.reached + other.families.reached,
						this.families.guardiansByMessenger + other.families.guardiansByMessenger,
						this.families.guardiansBySmsOnly + other.families.guardiansBySmsOnly,
						this.families.guardiansUnreached + other.families.guardiansUnreached),
				new Delivery(this.delivery.sent + other.delivery.sent,
						this.delivery.delivered + other.delivery.delivered,
						this.delivery.failed + other.delivery.failed),
				this.smsSegments + other.smsSegments);
	}

	/**
	 * The timetable's lessons of the period that have begun (those of active teachers, as
	 * the teachers' report counts them), and those with attendance taken.
	 *
	 * @param lessons lessons that have begun
	 * @param taken those with attendance taken
	 */
	public record Journal(int lessons, int taken) {

		/**
		 * The share of lessons with attendance taken, in percent with one decimal, or
		 * {@code null} when there were none.
		 */
		public BigDecimal share() {
			return Shares.percent(this.taken, this.lessons);
		}

	}

	/**
	 * The active students and how many have a guardian reached; the guardians (of active
	 * students) by how they are reached.
	 *
	 * @param students active students
	 * @param reached those with at least one guardian reached, by a messenger or by SMS
	 * @param guardiansByMessenger guardians linked to Telegram or MAX with consent
	 * confirmed
	 * @param guardiansBySmsOnly guardians reached by SMS alone
	 * @param guardiansUnreached guardians reached in no way
	 */
	public record Families(int students, int reached, int guardiansByMessenger, int guardiansBySmsOnly,
			int guardiansUnreached) {

		/**
		 * The share of students with a guardian reached, in percent with one decimal, or
		 * {@code null} when there are no students.
		 */
		public BigDecimal share() {
			return Shares.percent(this.reached, this.students);
		}

	}

	/**
	 * The messages written in the period, by their status now.
	 *
	 * @param sent taken by the provider, delivered or not
	 * @param delivered of those, the ones that reached the family: every one a messenger
	 * took (Telegram and MAX put it in the chat at once) and each SMS whose delivery the
	 * provider confirmed
	 * @param failed given up on
	 */
	public record Delivery(int sent, int delivered, int failed) {

		/**
		 * The share of the messages that went or were given up on that reached the
		 * family, in percent with one decimal, or {@code null} when there were none.
		 */
		public BigDecimal share() {
			return Shares.percent(this.delivered, (long) this.sent + this.failed);
		}

	}

}
