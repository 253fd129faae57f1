package org.classbell.notifier.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.classbell.store.StaffId;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues messages to staff members, such as a parent's answer or message to the class
 * teacher: in the messenger the staff member linked last (of those on), never by SMS.
 * They wait out the teachers' quiet hours (the teacher's own, else the school's for its
 * staff) unless urgent. A staff member who linked no messenger cannot be written to.
 */
@Repository
public class StaffMessages {

	private final JdbcClient jdbc;

	private final String messengers;

	StaffMessages(JdbcClient jdbc, ChannelsOn channels) {
		this.jdbc = jdbc;
		String on = channels.on()
			.stream()
			.filter(Channel::isMessenger)
			.map((channel) -> "'" + channel.code() + "'")
			.sorted()
			.collect(Collectors.joining(", "));
		this.messengers = on.isEmpty() ? "null" : on;
	}

	/**
	 * Queues a message to a staff member, to go at once (or when their quiet hours end).
	 * @param staff who
	 * @param kind what it is
	 * @param topic what it is about, so that a reply to it finds it; or {@code null}
	 * @param html its text in the catalogue's markup
	 * @param buttons rows of buttons under it
	 * @param now the time
	 * @return the notification, or empty when the staff member has no chat ClassBell can
	 * write to (none linked, or only in a messenger that is off)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<NotificationId> queue(StaffId staff, MessageKind kind, Topic topic, String html,
			List<List<Button>> buttons, Instant now) {
		return this.jdbc.sql("""
				insert into notification (school_id, staff_id, kind, channel, address, body, topic, buttons,
				                          next_attempt_at, created_at, updated_at)
				select st.school_id, st.id, :kind, l.messenger, cast(l.chat_id as text), :body, :topic,
				       cast(:buttons as jsonb), :now, :now, :now
				from staff st
				join lateral (
				    select messenger, chat_id from chat_link
				    where staff_id = st.id and messenger in (%s)
				    order by linked_at desc, id desc limit 1) l on true
				where st.id = :staff and st.active
				returning id
				""".formatted(this.messengers))
			.param("kind", kind.code())
			.param("body", html)
			.param("topic", (topic != null) ? topic.value() : null)
			.param("buttons", Button.toJson(buttons))
			.param("now", Timestamps.of(now))
			.param("staff", staff.value())
			.query(Long.class)
			.optional()
			.map(NotificationId::new);
	}

	/**
	 * How many messages of a kind about a topic were written to a staff member since a
	 * time.
	 */
	public int countSince(StaffId staff, MessageKind kind, Topic topic, Instant since) {
		return this.jdbc.sql("""
				select count(*) from notification
				where staff_id = ? and kind = ? and topic = ? and created_at >= ?
				""")
			.params(staff.value(), kind.code(), topic.value(), Timestamps.of(since))
			.query(Integer.class)
			.single();
	}

	/**
	 * The topic of a message sent to a staff member's chat, found by the messenger's id
	 * of it, so that a reply to that message in the messenger (rather than with its
	 * button) reaches what it was about.
	 * @param staff the staff member replying
	 * @param channel the messenger
	 * @param providerId the messenger's id of the message replied to
	 */
	public Optional<Topic> topicOfSent(StaffId staff, Channel channel, String providerId) {
		return this.jdbc.sql("""
				select topic from notification
				where provider_id = ? and channel = ? and staff_id = ? and topic is not null
				order by id desc limit 1
				""").params(providerId, channel.code(), staff.value()).query(String.class).optional().map(Topic::new);
	}

}
