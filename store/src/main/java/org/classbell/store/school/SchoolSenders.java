package org.classbell.store.school;

import java.util.Collection;
import java.util.Set;

import org.classbell.store.SchoolId;
import org.classbell.store.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which schools send their SMS from a sender of their own ({@link SmsSender}), to tell
 * which school a parent's SMS to a number is about.
 */
@Repository
public class SchoolSenders {

	private final JdbcClient jdbc;

	SchoolSenders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The schools whose own sender is this number or this messaging service; none when
	 * they are the deployment's.
	 * @param number a Twilio number in E.164, or {@code null}
	 * @param messagingService a Twilio messaging service SID, or {@code null}
	 */
	public Set<SchoolId> sendingFrom(String number, String messagingService) {
		if (number == null && messagingService == null) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("""
				select id from school
				where sms_from = cast(:number as text) or sms_messaging_service = cast(:service as text)
				""")
			.param("number", number)
			.param("service", messagingService)
			.query((row, index) -> new SchoolId(row.getLong(1)))
			.list());
	}

	/**
	 * Those of the schools that send from a sender of their own.
	 */
	public Set<SchoolId> withOwnSender(Collection<SchoolId> schools) {
		if (schools.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("""
				select id from school
				where id = any(cast(? as bigint[])) and (sms_from is not null or sms_messaging_service is not null)
				""")
			.param(SqlArrays.literal(schools.stream().map(SchoolId::value).toList()))
			.query((row, index) -> new SchoolId(row.getLong(1)))
			.list());
	}

}
