package org.classbell.notifier.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.classbell.store.SchoolId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A school's announcements with their delivery figures, as the console shows them: each
 * guardian counted once, by the last message made for them (an SMS sent instead of an
 * unreachable Telegram chat replaces it), in all and by channel.
 */
@Repository
public class AnnouncementBoard {

	private static final String FIGURES = """
			select a.id, a.created_at, a.text, a.unreachable, c.name as class_name,
			       st.last_name || ' ' || st.first_name as author,
			       count(n.guardian_id) as guardians,
			       count(*) filter (where n.status in ('queued', 'sending')) as pending,
			       count(*) filter (where n.status = 'sent') as sent,
			       count(*) filter (where n.status = 'delivered') as delivered,
			       count(*) filter (where n.status in ('failed', 'cancelled')) as failed,
			       count(*) filter (where n.channel = 'telegram') as telegram,
			       count(*) filter (where n.channel = 'telegram' and n.status in ('sent', 'delivered'))
			           as telegram_reached,
			       count(*) filter (where n.channel = 'telegram' and n.status in ('failed', 'cancelled'))
			           as telegram_failed,
			       count(*) filter (where n.channel = 'max') as max,
			       count(*) filter (where n.channel = 'max' and n.status in ('sent', 'delivered')) as max_reached,
			       count(*) filter (where n.channel = 'max' and n.status in ('failed', 'cancelled')) as max_failed,
			       count(*) filter (where n.channel = 'sms') as sms,
			       count(*) filter (where n.channel = 'sms' and n.status in ('sent', 'delivered')) as sms_reached,
			       count(*) filter (where n.channel = 'sms' and n.status = 'delivered') as sms_delivered,
			       count(*) filter (where n.channel = 'sms' and n.status in ('failed', 'cancelled')) as sms_failed
			from announcement a
			left join school_class c on c.id = a.class_id
			left join staff st on st.id = a.author_id
			left join lateral (select distinct on (guardian_id) guardian_id, channel, status from notification
			                   where announcement_id = a.id order by guardian_id, id desc) n on true
			""";

	private final JdbcClient jdbc;

	AnnouncementBoard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The school's announcement with its figures; empty when the school has no such
	 * announcement.
	 */
	public Optional<Announcement> find(AnnouncementId id, SchoolId school) {
		return this.jdbc.sql(FIGURES + " where a.id = :id and a.school_id = :school group by a.id, c.name, st.id")
			.param("id", id.value())
			.param("school", school.value())
			.query((row, index) -> announcement(row))
			.optional();
	}

	/**
	 * The school's latest announcements, newest first, with their figures.
	 */
	public List<Announcement> recent(SchoolId school, int limit) {
		return this.jdbc.sql("""
				with latest as (select * from announcement where school_id = :school order by id desc limit :limit)
				""" + FIGURES.replace("from announcement a", "from latest a") + """
				 group by a.id, a.created_at, a.text, a.unreachable, c.name, st.id order by a.id desc
				""")
			.param("school", school.value())
			.param("limit", limit)
			.query((row, index) -> announcement(row))
			.list();
	}

	private static Announcement announcement(java.sql.ResultSet row) throws java.sql.SQLException {
		return new Announcement(new AnnouncementId(row.getLong("id")),
				row.getObject("created_at", OffsetDateTime.class).toInstant(), row.getString("class_name"),
				row.getString("author"), row.getString("text"), row.getInt("guardians") + row.getInt("unreachable"),
				row.getInt("unreachable"), row.getInt("pending"), row.getInt("sent"), row.getInt("delivered"),
				row.getInt("failed"),
				new ByChannel(row.getInt("telegram"), row.getInt("telegram_reached"), 0, row.getInt("telegram_failed")),
				new ByChannel(row.getInt("max"), row.getInt("max_reached"), 0, row.getInt("max_failed")),
				new ByChannel(row.getInt("sms"), row.getInt("sms_reached"), row.getInt("sms_delivered"),
						row.getInt("sms_failed")));
	}

	/**
	 * An announcement and how far it got.
	 *
	 * @param id its id
	 * @param createdAt when it was made
	 * @param className the class it went to, or {@code null} for the whole school
	 * @param author the staff member who made it, or {@code null} for the operator
	 * @param text what it says
	 * @param guardians the guardians it was meant for, reachable or not
	 * @param unreachable of those, the guardians no channel reaches
	 * @param pending guardians whose message is not sent yet
	 * @param sent guardians whose message was sent, with no delivery report (yet)
	 * @param delivered guardians whose message was reported delivered
	 * @param failed guardians whose message could not be sent
	 * @param telegram the figures of Telegram
	 * @param max the figures of MAX
	 * @param sms the figures of SMS
	 */
	public record Announcement(AnnouncementId id, Instant createdAt, String className, String author, String text,
			int guardians, int unreachable, int pending, int sent, int delivered, int failed, ByChannel telegram,
			ByChannel max, ByChannel sms) {

		/**
		 * The guardians the announcement reached: sent or delivered.
		 */
		public int reached() {
			return this.sent + this.delivered;
		}

	}

	/**
	 * The guardians whose (last) message went by one channel.
	 *
	 * @param guardians how many
	 * @param reached sent or delivered
	 * @param delivered of those, reported delivered (SMS only)
	 * @param failed could not be sent
	 */
	public record ByChannel(int guardians, int reached, int delivered, int failed) {

		/**
		 * Not sent yet.
		 */
		public int pending() {
			return this.guardians - this.reached - this.failed;
		}

	}

}
