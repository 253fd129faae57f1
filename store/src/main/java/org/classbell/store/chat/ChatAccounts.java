package org.classbell.store.chat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.classbell.store.ChatUser;
import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.StaffId;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The messenger accounts that wrote to the bot, with their links and language.
 */
@Repository
public class ChatAccounts {

	private final JdbcClient jdbc;

	ChatAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Notes that the account wrote from this chat, and answers who it is.
	 */
	public ChatAccount seen(ChatUser user, long chatId, Instant at) {
		this.jdbc
			.sql("""
					insert into chat_account (messenger, user_id, chat_id, first_seen_at, last_seen_at) values (?, ?, ?, ?, ?)
					on conflict (messenger, user_id) do update set chat_id = excluded.chat_id, last_seen_at = excluded.last_seen_at
					""")
			.params(user.messenger().code(), user.id(), chatId, Timestamps.of(at), Timestamps.of(at))
			.update();
		return find(user).orElseThrow();
	}

	public Optional<ChatAccount> find(ChatUser user) {
		return this.jdbc
			.sql("""
					select a.chat_id, a.language,
					       (select l.staff_id from chat_link l join staff s on s.id = l.staff_id
					        where l.messenger = a.messenger and l.user_id = a.user_id and s.active) as staff_id,
					       g.guardian_id, g.consented_at
					from chat_account a
					left join chat_link g on g.messenger = a.messenger and g.user_id = a.user_id and g.guardian_id is not null
					where a.messenger = ? and a.user_id = ?
					""")
			.params(user.messenger().code(), user.id())
			.query((row, rowNum) -> {
				String language = row.getString("language");
				Long staff = (Long) row.getObject("staff_id");
				Long guardian = (Long) row.getObject("guardian_id");
				OffsetDateTime consented = row.getObject("consented_at", OffsetDateTime.class);
				return new ChatAccount(user, row.getLong("chat_id"), Optional.ofNullable(language).map(Language::of),
						Optional.ofNullable(staff).map(StaffId::new),
						Optional.ofNullable(guardian).map(GuardianId::new),
						(consented != null) ? consented.toInstant() : null);
			})
			.optional();
	}

	public void language(ChatUser user, Language language) {
		this.jdbc.sql("update chat_account set language = ? where messenger = ? and user_id = ?")
			.params(language.code(), user.messenger().code(), user.id())
			.update();
	}

}
