package org.classbell.notifier.dispatch;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.ChannelsOn;

import org.springframework.stereotype.Component;

/**
 * The channels on: those with a carrier, which exists when its provider is configured.
 */
@Component
class Carriers implements ChannelsOn {

	private final Set<Channel> on;

	Carriers(List<Carrier> carriers) {
		this.on = EnumSet.noneOf(Channel.class);
		carriers.forEach((carrier) -> this.on.add(carrier.channel()));
	}

	@Override
	public Set<Channel> on() {
		return Set.copyOf(this.on);
	}

}
