package org.classbell.store.chat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.StaffId;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Telegram accounts that wrote to the bot, with their links and language.
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
	public ChatAccount seen(long telegramUserId, long chatId, Instant at) {
		this.jdbc
			.sql("""
					insert into telegram_account (telegram_user_id, chat_id, first_seen_at, last_seen_at) values (?, ?, ?, ?)
					on conflict (telegram_user_id) do update set chat_id = excluded.chat_id, last_seen_at = excluded.last_seen_at
					""")
			.params(telegramUserId, chatId, Timestamps.of(at), Timestamps.of(at))
			.update();
		return find(telegramUserId).orElseThrow();
	}

	public Optional<ChatAccount> find(long telegramUserId) {
		return this.jdbc.sql("""
				select a.telegram_user_id, a.chat_id, a.language,
				       (select l.staff_id from telegram_link l join staff s on s.id = l.staff_id
				        where l.telegram_user_id = a.telegram_user_id and s.active) as staff_id,
				       g.guardian_id, g.consented_at
				from telegram_account a
				left join telegram_link g on g.telegram_user_id = a.telegram_user_id and g.guardian_id is not null
				where a.telegram_user_id = ?
				""").param(telegramUserId).query((row, rowNum) -> {
			String language = row.getString("language");
			Long staff = (Long) row.getObject("staff_id");
			Long guardian = (Long) row.getObject("guardian_id");
			OffsetDateTime consented = row.getObject("consented_at", OffsetDateTime.class);
			return new ChatAccount(row.getLong("telegram_user_id"), row.getLong("chat_id"),
					Optional.ofNullable(language).map(Language::of), Optional.ofNullable(staff).map(StaffId::new),
					Optional.ofNullable(guardian).map(GuardianId::new),
					(consented != null) ? consented.toInstant() : null);
		}).optional();
	}

	public void language(long telegramUserId, Language language) {
		this.jdbc.sql("update telegram_account set language = ? where telegram_user_id = ?")
			.params(language.code(), telegramUserId)
			.update();
	}

	/**
	 * The chat of the account linked to a staff member, if any.
	 */
	public Optional<Long> chatOf(StaffId staff) {
		return this.jdbc.sql("select chat_id from telegram_link where staff_id = ?")
			.param(staff.value())
			.query(Long.class)
			.optional();
	}

}
