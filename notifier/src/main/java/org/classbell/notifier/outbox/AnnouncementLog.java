package org.classbell.notifier.outbox;

import java.time.Instant;
import java.util.Optional;

import org.classbell.store.ClassId;
import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The announcements made, which their notifications name, and how far they got.
 */
@Repository
public class AnnouncementLog {

	private final JdbcClient jdbc;

	AnnouncementLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records an announcement of a staff member (or of the operator, when {@code null})
	 * to a class, or to the school when no class is given.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AnnouncementId record(SchoolId school, StaffId author, ClassId schoolClass, String text, Instant now) {
		return new AnnouncementId(this.jdbc.sql("""
				insert into announcement (school_id, author_id, class_id, text, created_at)
				values (?, ?, ?, ?, ?) returning id
				""")
			.params(school.value(), (author != null) ? author.value() : null,
					(schoolClass != null) ? schoolClass.value() : null, text, Timestamps.of(now))
			.query(Long.class)
			.single());
	}

	/**
	 * Records how many guardians nothing reaches.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void unreachable(AnnouncementId announcement, int guardians) {
		this.jdbc.sql("update announcement set unreachable = ? where id = ?")
			.params(guardians, announcement.value())
			.update();
	}

	/**
	 * How an announcement of the school is doing, counting each guardian once by the last
	 * message made for them (an SMS sent instead of an unreachable Telegram chat replaces
	 * it); empty when the school has no such announcement.
	 */
	public Optional<AnnouncementFigures> figures(AnnouncementId announcement, SchoolId school) {
		return this.jdbc.sql("""
				select a.author_id, a.unreachable,
				       count(*) filter (where n.status in ('queued', 'sending')) as pending,
				       count(*) filter (where n.status = 'sent') as sent,
				       count(*) filter (where n.status = 'delivered') as delivered,
				       count(*) filter (where n.status in ('failed', 'cancelled')) as failed
				from announcement a
				left join (select distinct on (guardian_id) guardian_id, status from notification
				           where announcement_id = :id order by guardian_id, id desc) n on true
				where a.id = :id and a.school_id = :school
				group by a.id
				""")
			.param("id", announcement.value())
			.param("school", school.value())
			.query((row, index) -> new AnnouncementFigures(staff((Long) row.getObject("author_id")),
					row.getInt("pending"), row.getInt("sent"), row.getInt("delivered"), row.getInt("failed"),
					row.getInt("unreachable")))
			.optional();
	}

	private static StaffId staff(Long id) {
		return (id != null) ? new StaffId(id) : null;
	}

}
