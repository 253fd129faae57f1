package org.classbell.bot.update;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.store.cluster.Leadership;

import org.springframework.context.SmartLifecycle;

/**
 * Long polling of a messenger's Bot API on one node only when several share a database:
 * the node that leads the polling polls, and when it dies its lead goes with it and
 * another node takes over within {@link #RETRY}. Each messenger's adapter says how it
 * polls while it leads.
 */
public abstract class LeadPolling implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LeadPolling.class);

	/** How long a node waits before it tries to lead again. */
	public static final Duration RETRY = Duration.ofSeconds(5);

	private final Leadership leadership;

	private final String job;

	private final String thread;

	private final Object signal = new Object();

	private volatile boolean running;

	private volatile boolean polling;

	private Thread leader;

	/**
	 * @param leadership the cluster's leads
	 * @param job what is led, such as {@code classbell.telegram}; also the log's name for
	 * it
	 * @param thread the name of the thread that leads
	 */
	protected LeadPolling(Leadership leadership, String job, String thread) {
		this.leadership = leadership;
		this.job = job;
		this.thread = thread;
	}

	/**
	 * Whether this node takes updates by polling at all (not by a webhook).
	 */
	protected abstract boolean pollingMode();

	/**
	 * Which bot is led, so that two bots may share a database; never a secret.
	 */
	protected abstract String bot();

	/**
	 * Polls while this node leads and runs ({@link #leads(Leadership.Lead)}); returns
	 * when either ends.
	 */
	protected abstract void poll(Leadership.Lead lead) throws Exception;

	@Override
	public void start() {
		if (!pollingMode()) {
			return;
		}
		this.running = true;
		this.leader = new Thread(this::lead, this.thread);
		this.leader.setDaemon(true);
		this.leader.start();
	}

	@Override
	public void stop() {
		this.running = false;
		synchronized (this.signal) {
			this.signal.notifyAll();
		}
		if (this.leader != null) {
			try {
				this.leader.join(Duration.ofSeconds(30).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Whether this node is the one polling now.
	 */
	public boolean isPolling() {
		return this.polling;
	}

	/**
	 * Whether polling should go on: the node runs and still leads.
	 */
	protected boolean leads(Leadership.Lead lead) {
		return this.running && lead.holds();
	}

	/**
	 * Waits a while, or until the node stops.
	 */
	protected void pause(Duration duration) {
		synchronized (this.signal) {
			if (this.running) {
				try {
					this.signal.wait(duration.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					this.running = false;
				}
			}
		}
	}

	private void lead() {
		while (this.running) {
			try (Leadership.Lead lead = this.leadership.tryLead(this.job, bot()).orElse(null)) {
				if (lead != null) {
					this.polling = true;
					poll(lead);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.running = false;
			}
			catch (Exception ex) {
				log.warn("Polling of {} stopped: {}; trying again in {} s", this.job, ex.getMessage(),
						RETRY.toSeconds());
			}
			finally {
				this.polling = false;
			}
			pause(RETRY);
		}
	}

}
