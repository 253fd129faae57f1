package org.classbell.bot.update;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.bot.BotProperties;
import org.classbell.bot.command.Callers;
import org.classbell.bot.command.Router;
import org.classbell.bot.command.Texts;
import org.classbell.bot.conversation.Incoming;
import org.classbell.bot.conversation.Reply;
import org.classbell.store.Language;
import org.classbell.store.Messenger;
import org.classbell.store.chat.ProcessedUpdates;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles each update of a conversation once, whatever the messenger: claiming its id,
 * doing what it asks and writing what it changes (and the notifications the journal
 * causes) commit in one transaction, and the replies are handed back to the messenger's
 * adapter to send after the commit. An update the messenger delivers again is recognised
 * and changes nothing (the nightly retention sweep forgets the ids after a week). One
 * that fails is logged and answered politely; it never stops the updates after it.
 */
@Component
public class UpdateHandler implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);

	private final ProcessedUpdates processed;

	private final Callers callers;

	private final Router router;

	private final Texts texts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ExecutorService workers;

	UpdateHandler(ProcessedUpdates processed, Callers callers, Router router, Texts texts,
			TransactionTemplate transactions, Clock clock, BotProperties properties) {
		this.processed = processed;
		this.callers = callers;
		this.router = router;
		this.texts = texts;
		this.transactions = transactions;
		this.clock = clock;
		AtomicInteger threads = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(properties.updateThreads(), (task) -> {
			Thread thread = new Thread(task, "bot-update-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Handles a batch of updates, as long polling brings them: those of different chats
	 * at once, on up to {@code classbell.bot.update-threads} threads, those of one chat
	 * in their order; returns when all are handled, so that none is confirmed to the
	 * messenger (by the next poll) before it is.
	 * @param updates the updates, in the messenger's form
	 * @param chat the chat of an update, by which they are kept in order
	 * @param handle handles one update
	 */
	public <T> void handleAll(List<T> updates, ToLongFunction<T> chat, Consumer<T> handle) {
		Map<Long, List<T>> byChat = new LinkedHashMap<>();
		for (T update : updates) {
			byChat.computeIfAbsent(chat.applyAsLong(update), (key) -> new ArrayList<>()).add(update);
		}
		if (byChat.size() == 1) {
			updates.forEach(handle);
			return;
		}
		List<Future<?>> handling = new ArrayList<>();
		for (List<T> ofChat : byChat.values()) {
			handling.add(this.workers.submit(() -> ofChat.forEach(handle)));
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
				log.error("Could not handle updates", ex.getCause());
			}
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		// updates being handled end before the database closes; none is begun now
		this.workers.shutdown();
		this.workers.awaitTermination(20, TimeUnit.SECONDS);
		this.workers.shutdownNow();
	}

	/**
	 * Handles one update, once.
	 * @return the replies to send now that it committed: none when it was handled before
	 */
	public List<Reply> handle(Incoming incoming) {
		Instant now = this.clock.instant();
		List<Reply> replies;
		try {
			replies = this.transactions.execute((status) -> {
				if (!this.processed.claim(incoming.messenger(), incoming.updateId(), now)) {
					log.debug("Update {} was handled before; skipping it", incoming.updateId());
					return List.<Reply>of();
				}
				return this.router.route(this.callers.of(incoming, now));
			});
		}
		catch (RuntimeException ex) {
			log.error("Could not handle update {}", incoming.updateId(), ex);
			return List.of(apology(incoming));
		}
		return replies;
	}

	/**
	 * Claims an update that asks nothing of the bot (an edit, a group message), so that
	 * it is not looked at again.
	 */
	public void skip(Messenger messenger, long updateId) {
		Instant now = this.clock.instant();
		this.transactions.executeWithoutResult((status) -> this.processed.claim(messenger, updateId, now));
	}

	private Reply apology(Incoming in) {
		var locale = Language.parse((in.languageCode() != null) ? in.languageCode().split("-")[0] : "")
			.orElse(Language.RU)
			.locale();
		return new Reply.Send(this.texts.html(locale, "failed"));
	}

}
