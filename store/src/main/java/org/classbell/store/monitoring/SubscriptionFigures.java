package org.classbell.store.monitoring;

import java.math.BigDecimal;

/**
 * Active students and how many of them have a subscribed guardian: one reachable by a
 * messenger (linked, consent confirmed) or by SMS (a phone, consent, no opt-out, no
 * flag).
 *
 * @param students active students
 * @param subscribed those with at least one subscribed guardian
 * @param telegram those with a guardian reachable by Telegram
 * @param max those with a guardian reachable by MAX
 * @param sms those with a guardian reachable by SMS
 */
public record SubscriptionFigures(int students, int subscribed, int telegram, int max, int sms) {

	/**
	 * The share of students with a subscribed guardian, in percent with one decimal, or
	 * {@code null} when there are no students.
	 */
	public BigDecimal share() {
		return Shares.percent(this.subscribed, this.students);
	}

	SubscriptionFigures plus(SubscriptionFigures other) {
		return new SubscriptionFigures(this.students + other.students, this.subscribed + other.subscribed,
				this.telegram + other.telegram, this.max + other.max, this.sms + other.sms);
	}

}
