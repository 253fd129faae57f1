package org.classbell.store.testing;

import java.time.Instant;

import org.classbell.store.Actor;
import org.classbell.store.ChatUser;
import org.classbell.store.GuardianId;
import org.classbell.store.StaffId;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.chat.ChatLinks;
import org.classbell.store.consent.ConsentChange;
import org.classbell.store.consent.ConsentLedger;
import org.classbell.store.consent.ConsentSource;
import org.classbell.store.consent.Purpose;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links Telegram chats in the database as the bot's {@code /start} with an invite code
 * does (and, for a guardian, the consent button after it), for tests that run without the
 * bot. A user's chat is the user's id, as in a private chat.
 */
public final class LinkedChats {

	private LinkedChats() {
	}

	/**
	 * Links the guardian's Telegram and records their consent, as given in Telegram.
	 */
	public static void guardian(ApplicationContext beans, GuardianId guardian, long telegramUser, Instant at) {
		beans.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
			beans.getBean(AuditTrail.class).actAs(Actor.guardian(guardian));
			ChatLinks links = beans.getBean(ChatLinks.class);
			links.link(guardian, ChatUser.telegram(telegramUser), telegramUser, at);
			links.consent(ChatUser.telegram(telegramUser), at);
			beans.getBean(ConsentLedger.class)
				.record(ConsentChange.given(guardian, Purpose.PROCESSING, ConsentSource.TELEGRAM, "test"), at);
		});
	}

	/**
	 * Links the staff member's Telegram.
	 */
	public static void staff(ApplicationContext beans, StaffId staff, long telegramUser, Instant at) {
		beans.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
			beans.getBean(AuditTrail.class).actAs(Actor.staff(staff));
			beans.getBean(ChatLinks.class).link(staff, ChatUser.telegram(telegramUser), telegramUser, at);
		});
	}

}
