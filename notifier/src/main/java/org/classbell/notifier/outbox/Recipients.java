package org.classbell.notifier.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.classbell.store.ClassId;
import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.Messenger;
import org.classbell.store.SchoolId;
import org.classbell.store.SqlArrays;
import org.classbell.store.StudentId;
import org.classbell.store.roster.PreferredChannel;
import org.classbell.store.roster.ReportFrequency;
import org.classbell.store.school.Schools;
import org.classbell.store.school.SegmentBudgets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who gets a message about a student, a class or a school, and by which channel: a
 * messenger where the guardian linked it and confirmed consent there (unless they chose
 * SMS): the one they chose in /settings, else the one linked last; SMS where they have a
 * phone and consent and did not opt out; each guardian once, with the children the
 * message is about, and their school's {@link Letterhead}: whether that messenger account
 * or phone is a guardian's in another school too is read in the same query.
 */
@Component
public class Recipients {

	private static final String GUARDIANS_OF = """
			select g.school_id, g.id as guardian_id, g.language, g.phone, g.preferred_channel, l.messenger, l.chat_id,
			       sc.sms_transliterate, sc.sms_alert_segments, sc.sms_announcement_segments, sc.sms_report_segments,
			       g.phone is not null and g.phone_flagged_at is null as sms_fallback,
			       g.phone is not null and g.consent_at is not null and g.opted_out_at is null
			           and g.phone_flagged_at is null as sms,
			       s.id as student_id, s.first_name, c.name as class_name, sc.code as school_code,
			       sc.name as school_name,
			       l.user_id is not null and exists (
			           select 1 from chat_link o
			           where o.messenger = l.messenger and o.user_id = l.user_id and o.guardian_id is not null
			             and o.school_id <> g.school_id) as chat_shared,
			       g.phone is not null and exists (
			           select 1 from guardian o where o.phone = g.phone and o.school_id <> g.school_id) as phone_shared
			from student s
			join school_class c on c.id = s.class_id
			join school sc on sc.id = s.school_id
			join student_guardian sg on sg.student_id = s.id
			join guardian g on g.id = sg.guardian_id
			left join lateral (
			    select l.messenger, l.chat_id, l.user_id from chat_link l
			    where l.guardian_id = g.id and l.consented_at is not null and l.messenger in (%s)
			    order by coalesce(l.messenger = g.preferred_channel, false) desc, l.linked_at desc, l.id desc
			    limit 1) l on true
			""";

	private final JdbcClient jdbc;

	private final String guardians;

	Recipients(JdbcClient jdbc, ChannelsOn channels) {
		this.jdbc = jdbc;
		// only messengers that are on: a guardian linked in one that was turned off is
		// reached by the other, or by SMS
		String messengers = channels.on()
			.stream()
			.filter(Channel::isMessenger)
			.map((channel) -> "'" + channel.code() + "'")
			.sorted()
			.collect(Collectors.joining(", "));
		this.guardians = GUARDIANS_OF.formatted(messengers.isEmpty() ? "null" : messengers);
	}

	/**
	 * The guardians of the student who take alerts as they happen (not the end-of-day
	 * digest instead).
	 */
	public List<Recipient> forAlerts(StudentId student) {
		return collect(this.jdbc.sql(this.guardians + "where s.id = ? and g.digest_at is null order by g.id")
			.param(student.value()));
	}

	/**
	 * The guardians of these students whose report frequency is one of those given, each
	 * once, with their children among the students.
	 */
	public List<Recipient> forReports(Collection<StudentId> students, List<ReportFrequency> frequencies) {
		return collect(this.jdbc.sql(this.guardians + """
				where s.id = any(cast(? as bigint[])) and g.report_frequency = any(cast(? as text[])) and s.active
				order by g.id, c.grade, c.name_key, s.list_no
				""")
			.params(SqlArrays.literal(students.stream().map(StudentId::value).toList()),
					SqlArrays.literal(frequencies.stream().map(ReportFrequency::code).toList())));
	}

	/**
	 * These guardians, each once, with their active children.
	 */
	public List<Recipient> ofGuardians(Collection<GuardianId> guardians) {
		return collect(this.jdbc.sql(this.guardians + """
				where g.id = any(cast(? as bigint[])) and s.active order by g.id, c.grade, c.name_key, s.list_no
				""").param(SqlArrays.literal(guardians.stream().map(GuardianId::value).toList())));
	}

	public List<Recipient> ofClass(ClassId classId) {
		return collect(this.jdbc.sql(this.guardians + "where s.class_id = ? and s.active order by s.list_no, g.id")
			.param(classId.value()));
	}

	public List<Recipient> ofSchool(SchoolId school) {
		return collect(this.jdbc
			.sql(this.guardians + "where s.school_id = ? and s.active order by c.grade, c.name_key, s.list_no, g.id")
			.param(school.value()));
	}

	private List<Recipient> collect(JdbcClient.StatementSpec query) {
		Map<Long, Builder> guardians = new LinkedHashMap<>();
		query.query((ResultSet row) -> {
			Builder guardian = guardians.computeIfAbsent(row.getLong("guardian_id"), (id) -> builder(row));
			guardian.children.add(new Recipient.Child(new StudentId(row.getLong("student_id")),
					row.getString("first_name"), row.getString("class_name")));
		});
		List<Recipient> recipients = new ArrayList<>();
		guardians.values().forEach((guardian) -> recipients.add(guardian.build()));
		return recipients;
	}

	private static Builder builder(ResultSet row) {
		try {
			Long chat = (Long) row.getObject("chat_id");
			boolean sms = row.getBoolean("sms");
			PreferredChannel preferred = PreferredChannel.of(row.getString("preferred_channel"));
			Channel channel = null;
			String address = null;
			if (chat != null && !(preferred == PreferredChannel.SMS && sms)) {
				channel = Channel.of(Messenger.of(row.getString("messenger")));
				address = chat.toString();
			}
			else if (sms) {
				channel = Channel.SMS;
				address = row.getString("phone");
			}
			return new Builder(new SchoolId(row.getLong("school_id")), new GuardianId(row.getLong("guardian_id")),
					Language.of(row.getString("language")), channel, address, row.getBoolean("sms_transliterate"),
					Schools.budgets(row), row.getBoolean("sms_fallback"),
					new Letterhead(row.getString("school_code"), row.getString("school_name"),
							row.getBoolean("chat_shared"), row.getBoolean("phone_shared")));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final class Builder {

		private final SchoolId school;

		private final GuardianId guardian;

		private final Language language;

		private final Channel channel;

		private final String address;

		private final boolean transliterate;

		private final SegmentBudgets smsSegments;

		private final boolean smsFallback;

		private final Letterhead letterhead;

		private final List<Recipient.Child> children = new ArrayList<>();

		private Builder(SchoolId school, GuardianId guardian, Language language, Channel channel, String address,
				boolean transliterate, SegmentBudgets smsSegments, boolean smsFallback, Letterhead letterhead) {
			this.letterhead = letterhead;
			this.school = school;
			this.guardian = guardian;
			this.language = language;
			this.channel = channel;
			this.address = address;
			this.transliterate = transliterate;
			this.smsSegments = smsSegments;
			this.smsFallback = smsFallback;
		}

		private Recipient build() {
			return new Recipient(this.school, this.guardian, this.language, this.channel, this.address,
					this.transliterate, this.smsSegments, this.smsFallback, this.children, this.letterhead);
		}

	}

}
