package org.classbell.bot;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the bot behaves ({@code classbell.bot.*}).
 *
 * @param lessonLength how long a lesson lasts, to tell which lesson a teacher has now
 * @param undoWindow how long after an entry its author may undo it
 * @param choiceLifetime how long buttons offered for a choice keep working
 * @param wrongCodes how many wrong invite codes an account may send per
 * {@code wrongCodesPeriod}
 * @param wrongCodesPeriod the period the wrong codes are counted over
 * @param updateThreads how many updates a polling node handles at once, each from another
 * chat (one chat's updates are handled in order)
 */
@ConfigurationProperties("classbell.bot")
public record BotProperties(@DefaultValue("45m") Duration lessonLength, @DefaultValue("15m") Duration undoWindow,
		@DefaultValue("24h") Duration choiceLifetime, @DefaultValue("5") int wrongCodes,
		@DefaultValue("15m") Duration wrongCodesPeriod, @DefaultValue("8") int updateThreads) {

	public BotProperties {
		if (updateThreads < 1 || updateThreads > 256) {
			throw new IllegalArgumentException("classbell.bot.update-threads must be from 1 to 256");
		}
	}

}
