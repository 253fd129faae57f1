package org.classbell.bot.update;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.classbell.bot.BotProperties;
import org.classbell.bot.command.Callers;
import org.classbell.bot.command.Router;
import org.classbell.bot.command.Texts;
import org.classbell.bot.telegram.ConditionalOnTelegram;
import org.classbell.bot.telegram.TelegramSender;
import org.classbell.store.Language;
import org.classbell.store.telegram.ProcessedUpdates;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles each Telegram update once: claiming its id, doing what it asks and writing the
 * notifications it causes all commit in one transaction, and the replies go out after the
 * commit. An update Telegram delivers again is recognised and changes nothing. One that
 * fails is logged and answered politely; it never stops the updates after it.
 */
@Component
@ConditionalOnTelegram
public class UpdateHandler implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);

	/**
	 * How long handled update ids are kept: Telegram redelivers unconfirmed updates for a
	 * day.
	 */
	static final Duration KEEP_UPDATES = Duration.ofDays(7);

	private static final int FORGET_EVERY = 1000;

	private final ProcessedUpdates processed;

	private final Callers callers;

	private final Router router;

	private final TelegramSender sender;

	private final Texts texts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final AtomicLong handled = new AtomicLong();

	private final ExecutorService workers;

	UpdateHandler(ProcessedUpdates processed, Callers callers, Router router, TelegramSender sender, Texts texts,
			TransactionTemplate transactions, Clock clock, BotProperties properties) {
		this.processed = processed;
		this.callers = callers;
		this.router = router;
		this.sender = sender;
		this.texts = texts;
		this.transactions = transactions;
		this.clock = clock;
		AtomicInteger threads = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(properties.updateThreads(), (task) -> {
			Thread thread = new Thread(task, "telegram-update-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Handles a batch of updates, as long polling brings them: those of different chats
	 * at once, on up to {@code classbell.bot.update-threads} threads, those of one chat
	 * in their order; returns when all are handled, so that none is confirmed to Telegram
	 * (by the next poll) before it is.
	 */
	public void handle(List<Update> updates) {
		Map<Long, List<Update>> byChat = new LinkedHashMap<>();
		for (Update update : updates) {
			long chat = Incoming.of(update).map(Incoming::chatId).orElse(-(long) update.getUpdateId());
			byChat.computeIfAbsent(chat, (key) -> new ArrayList<>()).add(update);
		}
		if (byChat.size() == 1) {
			updates.forEach(this::handle);
			return;
		}
		List<Future<?>> handling = new ArrayList<>();
		for (List<Update> chat : byChat.values()) {
			handling.add(this.workers.submit(() -> chat.forEach(this::handle)));
		}
		for (Future<?> future : handling) {
			try {
				future.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (ExecutionException ex) {
				log.error("Could not handle Telegram updates", ex.getCause());
			}
		}
	}

	@Override
	public void destroy() {
		this.workers.shutdownNow();
	}

	public void handle(Update update) {
		Optional<Incoming> incoming = Incoming.of(update);
		Instant now = this.clock.instant();
		List<Reply> replies;
		try {
			replies = this.transactions.execute((status) -> {
				if (!this.processed.claim(update.getUpdateId(), now)) {
					log.debug("Update {} was handled before; skipping it", update.getUpdateId());
					return null;
				}
				return incoming.map((in) -> this.router.route(this.callers.of(in, now))).orElse(List.of());
			});
		}
		catch (RuntimeException ex) {
			log.error("Could not handle Telegram update {}", update.getUpdateId(), ex);
			incoming.ifPresent((in) -> this.sender.send(apology(in)));
			return;
		}
		if (replies != null) {
			this.sender.send(replies);
		}
		if (this.handled.incrementAndGet() % FORGET_EVERY == 0) {
			this.processed.forgetBefore(now.minus(KEEP_UPDATES));
		}
	}

	private List<Reply> apology(Incoming in) {
		var locale = Language.parse((in.languageCode() != null) ? in.languageCode().split("-")[0] : "")
			.orElse(Language.RU)
			.locale();
		Reply.Send sorry = new Reply.Send(in.chatId(), this.texts.html(locale, "failed"), List.of());
		return in.isButton() ? List.of(new Reply.Answer(in.callbackId(), null), sorry) : List.of(sorry);
	}

}
