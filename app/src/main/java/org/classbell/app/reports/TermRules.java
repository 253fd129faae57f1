package org.classbell.app.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.classbell.notifier.reports.SchoolCalendar.Term;

/**
 * What a school's terms must be, checked alike by {@code PUT /api/terms} and the
 * console's settings form: each named, its first day no later than its last, and no two
 * sharing a day.
 */
public final class TermRules {

	private TermRules() {
	}

	/**
	 * The terms in order of their first day.
	 */
	public static List<Term> inOrder(List<Term> terms) {
		List<Term> sorted = new ArrayList<>(terms);
		sorted.sort(Comparator.comparing((Term term) -> term.days().from()));
		return sorted;
	}

	/**
	 * The first two terms that share a day, in order, if any do.
	 */
	public static Optional<Overlap> overlap(List<Term> terms) {
		List<Term> sorted = inOrder(terms);
		for (int i = 1; i < sorted.size(); i++) {
			if (!sorted.get(i).days().from().isAfter(sorted.get(i - 1).days().to())) {
				return Optional.of(new Overlap(sorted.get(i - 1), sorted.get(i)));
			}
		}
		return Optional.empty();
	}

	/**
	 * Two terms that share a day.
	 *
	 * @param first the one that starts first
	 * @param second the one that starts before the first ends
	 */
	public record Overlap(Term first, Term second) {

	}

}
