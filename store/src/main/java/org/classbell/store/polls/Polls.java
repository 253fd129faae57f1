package org.classbell.store.polls;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.classbell.store.ClassId;
import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;
import org.classbell.store.Timestamps;

import org.classbell.store.privacy.ErasingGuardian;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The polls of the schools: asked, answered once per guardian (an answer may be changed
 * while the poll is open), closed, and counted.
 */
@Repository
public class Polls {

	private static final String POLL = """
			select p.id, p.school_id, p.class_id, c.name as class_name, p.author_id, p.question, p.anonymous,
			       p.multiple, p.created_at, p.closes_at, p.closed_at,
			       array(select o.text from poll_option o where o.poll_id = p.id order by o.number) as options
			from poll p left join school_class c on c.id = p.class_id
			""";

	/**
	 * The children of the guardian the poll is about (of its class, or any for a school
	 * poll), joined to a row that has the guardian {@code g} and the poll {@code p}.
	 */
	private static final String CHILDREN = """
			left join student_guardian sg on sg.guardian_id = g.id
			left join student s on s.id = sg.student_id and s.active and (p.class_id is null or s.class_id = p.class_id)
			left join school_class c on c.id = s.class_id
			""";

	private final JdbcClient jdbc;

	Polls(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a poll with its options.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public PollId create(NewPoll poll) {
		long id = this.jdbc.sql("""
				insert into poll (school_id, class_id, author_id, question, anonymous, multiple, closes_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(poll.school().value(), (poll.classId() != null) ? poll.classId().value() : null,
					poll.author().value(), poll.question(), poll.anonymous(), poll.multiple(),
					Timestamps.of(poll.closesAt()), Timestamps.of(poll.createdAt()))
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into poll_option (poll_id, number, text)
				select ?, o.number, o.text from unnest(cast(? as text[])) with ordinality as o(text, number)
				""").params(id, poll.options().toArray(String[]::new)).update();
		return new PollId(id);
	}

	/**
	 * Records whom the poll was sent to, and by which channel.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void asked(PollId poll, List<Asked> guardians, Instant now) {
		this.jdbc
			.sql("""
					insert into poll_recipient (poll_id, guardian_id, channel, asked_at)
					select ?, a.guardian, a.channel, ? from unnest(cast(? as bigint[]), cast(? as text[])) as a(guardian, channel)
					on conflict do nothing
					""")
			.params(poll.value(), Timestamps.of(now),
					guardians.stream().map((asked) -> asked.guardian().value()).toArray(Long[]::new),
					guardians.stream().map(Asked::channel).toArray(String[]::new))
			.update();
	}

	/**
	 * The poll, whichever school's it is.
	 */
	public Optional<Poll> find(PollId poll) {
		return this.jdbc.sql(POLL + "where p.id = ?").param(poll.value()).query(Polls::poll).optional();
	}

	/**
	 * The school's poll; empty when it has none of that id.
	 */
	public Optional<Poll> find(PollId poll, SchoolId school) {
		return find(poll).filter((found) -> found.school().equals(school));
	}

	/**
	 * The options the guardian has chosen, in order; none before they answer.
	 */
	public List<Integer> chosen(PollId poll, GuardianId guardian) {
		return this.jdbc.sql("select options from poll_answer where poll_id = ? and guardian_id = ?")
			.params(poll.value(), guardian.value())
			.query((row, index) -> numbers(row.getArray("options")))
			.optional()
			.orElse(List.of());
	}

	/**
	 * A guardian's answer: the options given replace their answer, or with {@code toggle}
	 * in a poll of several choices each one given is chosen or taken back. Refused,
	 * changing nothing, when there is no such poll, the guardian was not asked, or an
	 * option does not exist or several are given in a poll of one choice; and when the
	 * poll is closed. The poll's row is locked, so that a vote and the poll's closing
	 * never cross.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Vote vote(PollId id, GuardianId guardian, List<Integer> options, boolean toggle, String channel,
			Instant now) {
		Optional<Poll> found = this.jdbc.sql(POLL + "where p.id = ? for share of p")
			.param(id.value())
			.query(Polls::poll)
			.optional();
		// the guardian's row of those asked is locked, so that two quick presses of
		// theirs
		// take turns rather than one undoing the other
		boolean asked = found.isPresent() && this.jdbc
			.sql("select guardian_id from poll_recipient where poll_id = ? and guardian_id = ? for update")
			.params(id.value(), guardian.value())
			.query(Long.class)
			.optional()
			.isPresent();
		if (!asked) {
			return new Vote.Refused();
		}
		Poll poll = found.get();
		if (!poll.isOpen(now)) {
			return new Vote.Closed(poll);
		}
		TreeSet<Integer> given = new TreeSet<>(options);
		if (given.isEmpty() || !given.stream().allMatch(poll::hasOption) || (!poll.multiple() && given.size() > 1)) {
			return new Vote.Refused();
		}
		TreeSet<Integer> chosen = given;
		if (toggle && poll.multiple()) {
			chosen = new TreeSet<>(chosen(id, guardian));
			for (Integer option : given) {
				if (!chosen.remove(option)) {
					chosen.add(option);
				}
			}
		}
		if (chosen.isEmpty()) {
			this.jdbc.sql("delete from poll_answer where poll_id = ? and guardian_id = ?")
				.params(id.value(), guardian.value())
				.update();
		}
		else {
			this.jdbc
				.sql("""
						insert into poll_answer (poll_id, guardian_id, options, channel, answered_at)
						values (?, ?, cast(? as smallint[]), ?, ?)
						on conflict (poll_id, guardian_id)
						do update set options = excluded.options, channel = excluded.channel, answered_at = excluded.answered_at
						""")
				.params(id.value(), guardian.value(), chosen.toArray(Integer[]::new), channel, Timestamps.of(now))
				.update();
		}
		return new Vote.Recorded(poll, List.copyOf(chosen));
	}

	/**
	 * How the poll stands: counts per option, the share that answered, and for a poll
	 * that is not anonymous who has not answered.
	 */
	public PollResults results(Poll poll) {
		List<Integer> counts = this.jdbc.sql("""
				select count(a.guardian_id) from poll_option o
				left join poll_answer a on a.poll_id = o.poll_id and o.number = any(a.options)
				where o.poll_id = ? group by o.number order by o.number
				""").param(poll.id().value()).query(Integer.class).list();
		int[] share = this.jdbc.sql("""
				select count(*) as asked, count(a.guardian_id) as answered
				from poll_recipient r left join poll_answer a on a.poll_id = r.poll_id and a.guardian_id = r.guardian_id
				where r.poll_id = ?
				""")
			.param(poll.id().value())
			.query((row, index) -> new int[] { row.getInt("asked"), row.getInt("answered") })
			.single();
		List<PollResults.Silent> silent = poll.anonymous() ? List.of() : this.jdbc.sql("""
				select g.full_name,
				       coalesce(string_agg(s.first_name || case when p.class_id is null then ', ' || c.name else '' end,
				                           '; ' order by c.grade, c.name_key, s.list_no), '') as children
				from poll_recipient r join poll p on p.id = r.poll_id join guardian g on g.id = r.guardian_id
				""" + CHILDREN
				+ """
						where r.poll_id = ?
						  and not exists (select 1 from poll_answer a where a.poll_id = r.poll_id and a.guardian_id = r.guardian_id)
						group by g.id, g.full_name
						order by min(c.grade), min(c.name_key), g.full_name, g.id
						""")
			.param(poll.id().value())
			.query((row, index) -> new PollResults.Silent(row.getString("full_name"), row.getString("children")))
			.list();
		return new PollResults(poll, counts, share[0], share[1], silent);
	}

	/**
	 * Closes the polls whose time has come, at their closing time, a batch at a time;
	 * polls another node is closing now are left to it.
	 * @return the polls closed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<PollId> closeDue(Instant now, int limit) {
		return this.jdbc.sql("""
				update poll p set closed_at = p.closes_at
				from (select id from poll where closed_at is null and closes_at <= ?
				      order by closes_at, id limit ? for update skip locked) due
				where p.id = due.id
				returning p.id
				""").params(Timestamps.of(now), limit).query((row, index) -> new PollId(row.getLong("id"))).list();
	}

	/**
	 * Closes the poll now.
	 * @return whether it was open until now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean close(PollId poll, Instant now) {
		return this.jdbc.sql("""
				update poll set closed_at = least(closes_at, ?), results_sent_at = ?
				where id = ? and closed_at is null
				""").params(Timestamps.of(now), Timestamps.of(now), poll.value()).update() > 0;
	}

	/**
	 * Records that the author was sent the results at the close.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void resultsSent(PollId poll, Instant now) {
		this.jdbc.sql("update poll set results_sent_at = ? where id = ? and results_sent_at is null")
			.params(Timestamps.of(now), poll.value())
			.update();
	}

	/**
	 * The school's polls, newest first, with how many were asked and answered.
	 */
	public List<PollRow> list(SchoolId school) {
		return this.jdbc.sql("""
				select p.id, c.name as class_name, p.question, st.last_name || ' ' || st.first_name as author,
				       p.anonymous, p.multiple, p.created_at, p.closes_at, p.closed_at,
				       (select count(*) from poll_recipient r where r.poll_id = p.id) as asked,
				       (select count(*) from poll_answer a where a.poll_id = p.id) as answered
				from poll p join staff st on st.id = p.author_id left join school_class c on c.id = p.class_id
				where p.school_id = ? order by p.created_at desc, p.id desc
				""")
			.param(school.value())
			.query((row, index) -> new PollRow(row.getLong("id"), row.getString("class_name"),
					row.getString("question"), row.getString("author"), row.getBoolean("anonymous"),
					row.getBoolean("multiple"), Timestamps.instant(row, "created_at"),
					Timestamps.instant(row, "closes_at"), Timestamps.instant(row, "closed_at"), row.getInt("asked"),
					row.getInt("answered")))
			.list();
	}

	/**
	 * Everyone asked in a poll that is not anonymous, with their answers, by name; none
	 * for an anonymous poll.
	 */
	public List<AnswerRow> answers(Poll poll) {
		if (poll.anonymous()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select g.full_name, r.channel, a.options, a.answered_at,
				       coalesce(string_agg(s.last_name || ' ' || s.first_name, '; '
				                           order by c.grade, c.name_key, s.list_no), '') as children,
				       coalesce(string_agg(distinct c.name, '; ' order by c.name), '') as class_name
				from poll_recipient r join poll p on p.id = r.poll_id join guardian g on g.id = r.guardian_id
				left join poll_answer a on a.poll_id = r.poll_id and a.guardian_id = r.guardian_id
				""" + CHILDREN + """
				where r.poll_id = ?
				group by g.id, g.full_name, r.channel, a.options, a.answered_at
				order by g.full_name, g.id
				""")
			.param(poll.id().value())
			.query((row, index) -> new AnswerRow(row.getString("full_name"), row.getString("children"),
					row.getString("class_name"), row.getString("channel"), numbers(row.getArray("options")),
					Timestamps.instant(row, "answered_at")))
			.list();
	}

	/**
	 * The text of the poll as it was sent to the guardian's messenger, to show again with
	 * their answer; empty when it went by SMS only or its text was blanked.
	 */
	public Optional<String> sentText(PollId poll, GuardianId guardian) {
		return this.jdbc.sql("""
				select body from notification
				where topic = ? and guardian_id = ? and kind = 'poll' and channel <> 'sms' and body <> ''
				order by id desc limit 1
				""").params("poll:" + poll.value(), guardian.value()).query(String.class).optional();
	}

	/**
	 * The language a staff member's messenger asked for, the one they linked last;
	 * Russian when it said none.
	 */
	public Language languageOf(StaffId staff) {
		return this.jdbc.sql("""
				select a.language from chat_link l
				join chat_account a on a.messenger = l.messenger and a.user_id = l.user_id
				where l.staff_id = ? order by l.linked_at desc, l.id desc limit 1
				""")
			.param(staff.value())
			.query((row, index) -> Optional.ofNullable(row.getString("language")))
			.optional()
			.flatMap((language) -> language)
			.map(Language::of)
			.orElse(Language.RU);
	}

	/**
	 * The open poll last sent to one of these guardians by SMS (as planned, or when their
	 * messenger failed: the outbox's topic {@code poll:<id>}), which an SMS of numbers
	 * from them answers.
	 */
	public Optional<SmsAsked> lastAskedBySms(List<GuardianId> guardians, Instant now) {
		return this.jdbc.sql("""
				select r.poll_id, r.guardian_id, r.asked_at
				from poll_recipient r join poll p on p.id = r.poll_id
				where r.guardian_id = any(cast(? as bigint[])) and p.closed_at is null and p.closes_at > ?
				  and (r.channel = 'sms'
				       or exists (select 1 from notification n
				                  where n.topic = 'poll:' || r.poll_id and n.guardian_id = r.guardian_id
				                    and n.channel = 'sms'))
				order by r.asked_at desc, r.poll_id desc limit 1
				""")
			.params(guardians.stream().map(GuardianId::value).toArray(Long[]::new), Timestamps.of(now))
			.query((row, index) -> new SmsAsked(new PollId(row.getLong("poll_id")),
					new GuardianId(row.getLong("guardian_id")), Timestamps.instant(row, "asked_at")))
			.optional();
	}

	/**
	 * Takes an erased guardian's answers out of the polls that were not anonymous, and
	 * that they were asked them; an anonymous poll keeps its count, which names no one.
	 */
	@EventListener
	void on(ErasingGuardian erasing) {
		long guardian = erasing.guardian().value();
		this.jdbc.sql("""
				delete from poll_answer a using poll p
				where a.poll_id = p.id and a.guardian_id = ? and not p.anonymous
				""").param(guardian).update();
		this.jdbc
			.sql("""
					delete from poll_recipient r where r.guardian_id = ?
					and not exists (select 1 from poll_answer a where a.poll_id = r.poll_id and a.guardian_id = r.guardian_id)
					""")
			.param(guardian)
			.update();
	}

	private static Poll poll(ResultSet row, int index) throws SQLException {
		Long classId = (Long) row.getObject("class_id");
		return new Poll(new PollId(row.getLong("id")), new SchoolId(row.getLong("school_id")),
				(classId != null) ? new ClassId(classId) : null, row.getString("class_name"),
				new StaffId(row.getLong("author_id")), row.getString("question"), row.getBoolean("anonymous"),
				row.getBoolean("multiple"), Arrays.asList((String[]) row.getArray("options").getArray()),
				Timestamps.instant(row, "created_at"), Timestamps.instant(row, "closes_at"),
				Timestamps.instant(row, "closed_at"));
	}

	private static List<Integer> numbers(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		List<Integer> numbers = new ArrayList<>();
		for (Object number : (Object[]) array.getArray()) {
			numbers.add(((Number) number).intValue());
		}
		return List.copyOf(numbers);
	}

	/**
	 * A guardian a poll was sent to, and the channel it went by.
	 */
	public record Asked(GuardianId guardian, String channel) {

	}

	/**
	 * A poll sent by SMS to a guardian, and when.
	 */
	public record SmsAsked(PollId poll, GuardianId guardian, Instant at) {

	}

}
