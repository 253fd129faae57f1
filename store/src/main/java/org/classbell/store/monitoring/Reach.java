package org.classbell.store.monitoring;

/**
 * Who the school can reach, by the rules the notifier picks a channel by: a guardian by a
 * messenger (linked, consent confirmed there) or by SMS (a phone, consent, no opt-out, no
 * flag); a student through any of their guardians. The SQL the subscriptions report and
 * the city's summary both count from.
 */
final class Reach {

	private Reach() {
	}

	/**
	 * Common table expressions {@code guardian_reach} ({@code id}, {@code school_id},
	 * {@code telegram}, {@code max}, {@code sms}) for the guardians, and
	 * {@code student_reach} ({@code id}, {@code school_id}, {@code class_id},
	 * {@code telegram}, {@code max}, {@code sms}) for the active students.
	 * @param schools the condition on a {@code school_id} column that picks the schools,
	 * such as {@code = :school}, or {@code is not null} for all
	 */
	static String ctes(String schools) {
		return """
				guardian_reach as (
				    select g.id, g.school_id,
				           coalesce(bool_or(l.messenger = 'telegram'), false) as telegram,
				           coalesce(bool_or(l.messenger = 'max'), false) as max,
				           (g.phone is not null and g.consent_at is not null and g.opted_out_at is null
				            and g.phone_flagged_at is null) as sms
				    from guardian g
				    left join chat_link l on l.guardian_id = g.id and l.consented_at is not null
				    where g.school_id %1$s
				    group by g.id
				),
				student_reach as (
				    select s.id, s.school_id, s.class_id,
				           coalesce(bool_or(r.telegram), false) as telegram,
				           coalesce(bool_or(r.max), false) as max,
				           coalesce(bool_or(r.sms), false) as sms
				    from student s
				    left join student_guardian sg on sg.student_id = s.id
				    left join guardian_reach r on r.id = sg.guardian_id
				    where s.school_id %1$s and s.active
				    group by s.id, s.school_id, s.class_id
				)
				""".formatted(schools);
	}

}
