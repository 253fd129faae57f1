package org.classbell.store.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

	/**
	 * The account with everyone it is linked to, in the order it was linked: the active
	 * staff members, and the guardians with whether each confirmed consent here.
	 */
	public Optional<ChatAccount> find(ChatUser user) {
		return this.jdbc.sql("""
				select a.chat_id, a.language,
				       array(select l.staff_id from chat_link l join staff s on s.id = l.staff_id
				             where l.messenger = a.messenger and l.user_id = a.user_id and s.active
				             order by l.linked_at, l.id) as staff_ids,
				       array(select l.guardian_id from chat_link l
				             where l.messenger = a.messenger and l.user_id = a.user_id and l.guardian_id is not null
				             order by l.linked_at, l.id) as guardian_ids,
				       array(select l.consented_at is not null from chat_link l
				             where l.messenger = a.messenger and l.user_id = a.user_id and l.guardian_id is not null
				             order by l.linked_at, l.id) as consented
				from chat_account a
				where a.messenger = ? and a.user_id = ?
				""").params(user.messenger().code(), user.id()).query((row, rowNum) -> {
			String language = row.getString("language");
			List<StaffId> staff = new ArrayList<>();
			for (Object id : (Object[]) row.getArray("staff_ids").getArray()) {
				staff.add(new StaffId(((Number) id).longValue()));
			}
			Object[] guardianIds = (Object[]) row.getArray("guardian_ids").getArray();
			Object[] consented = (Object[]) row.getArray("consented").getArray();
			List<ChatAccount.LinkedGuardian> guardians = new ArrayList<>();
			for (int i = 0; i < guardianIds.length; i++) {
				guardians.add(new ChatAccount.LinkedGuardian(new GuardianId(((Number) guardianIds[i]).longValue()),
						(Boolean) consented[i]));
			}
			return new ChatAccount(user, row.getLong("chat_id"), Optional.ofNullable(language).map(Language::of), staff,
					guardians);
		}).optional();
	}

	public void language(ChatUser user, Language language) {
		this.jdbc.sql("update chat_account set language = ? where messenger = ? and user_id = ?")
			.params(language.code(), user.messenger().code(), user.id())
			.update();
	}

}
