package org.classbell.store.monitoring;

import org.classbell.store.ClassId;
import org.classbell.store.SchoolId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether families use the service: per class, the active students with a guardian
 * reachable by Telegram or by SMS, by the same rules the notifier picks a channel by.
 */
@Repository
public class Subscriptions {

	private final JdbcClient jdbc;

	Subscriptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public SchoolSubscriptions of(SchoolId school) {
		var classes = this.jdbc.sql("""
				with reach as (
				    select s.id, s.class_id,
				           coalesce(bool_or(l.messenger = 'telegram'), false) as telegram,
				           coalesce(bool_or(l.messenger = 'max'), false) as max,
				           coalesce(bool_or(g.phone is not null and g.consent_at is not null
				                            and g.opted_out_at is null and g.phone_flagged_at is null), false) as sms
				    from student s
				    left join student_guardian sg on sg.student_id = s.id
				    left join guardian g on g.id = sg.guardian_id
				    left join chat_link l on l.guardian_id = g.id and l.consented_at is not null
				    where s.school_id = :school and s.active
				    group by s.id, s.class_id
				)
				select c.id, c.name, count(r.id) as students,
				       count(*) filter (where r.telegram or r.max or r.sms) as subscribed,
				       count(*) filter (where r.telegram) as telegram,
				       count(*) filter (where r.max) as max,
				       count(*) filter (where r.sms) as sms
				from school_class c
				left join reach r on r.class_id = c.id
				where c.school_id = :school
				group by c.id, c.name, c.grade, c.name_key
				order by c.grade, c.name_key
				""")
			.param("school", school.value())
			.query((row, index) -> new ClassSubscriptions(new ClassId(row.getLong("id")), row.getString("name"),
					new SubscriptionFigures(row.getInt("students"), row.getInt("subscribed"), row.getInt("telegram"),
							row.getInt("max"), row.getInt("sms"))))
			.list();
		SubscriptionFigures total = classes.stream()
			.map(ClassSubscriptions::figures)
			.reduce(new SubscriptionFigures(0, 0, 0, 0, 0), SubscriptionFigures::plus);
		return new SchoolSubscriptions(classes, total);
	}

}
