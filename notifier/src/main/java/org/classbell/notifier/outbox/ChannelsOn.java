package org.classbell.notifier.outbox;

import java.util.Set;

/**
 * The channels this node can send by: those whose provider is configured.
 */
public interface ChannelsOn {

	Set<Channel> on();

}
