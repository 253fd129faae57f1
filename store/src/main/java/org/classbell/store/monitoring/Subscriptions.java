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
		var classes = this.jdbc.sql("with " + Reach.ctes("= :school") + """
				select c.id, c.name, count(r.id) as students,
				       count(*) filter (where r.telegram or r.max or r.sms) as subscribed,
				       count(*) filter (where r.telegram) as telegram,
				       count(*) filter (where r.max) as max,
				       count(*) filter (where r.sms) as sms
				from school_class c
				left join student_reach r on r.class_id = c.id
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
