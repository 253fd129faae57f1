package org.classbell.store.families;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.classbell.store.ClassId;

/**
 * One class of the classes page: its size, its guardians, how many of its students have a
 * reached guardian, and its class teacher.
 *
 * @param id the class
 * @param name its name
 * @param students its active students
 * @param guardians the guardians of those students, each once
 * @param reached the students with a guardian reachable by Telegram or SMS
 * @param classTeacher the class teacher's full name, or {@code null} when none
 */
public record ClassOverview(ClassId id, String name, int students, int guardians, int reached, String classTeacher) {

	/**
	 * The share of students with a reached guardian, in percent with no decimals, or
	 * {@code null} when the class has no students.
	 */
	public BigDecimal share() {
		return (this.students == 0) ? null : BigDecimal.valueOf(this.reached * 100L)
			.divide(BigDecimal.valueOf(this.students), 0, RoundingMode.HALF_UP);
	}

}
