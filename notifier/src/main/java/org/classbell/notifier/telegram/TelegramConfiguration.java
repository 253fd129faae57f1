package org.classbell.notifier.telegram;

import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Bot API client, at the base URL configured ({@code CLASSBELL_TELEGRAM_API_URL}),
 * when a token is set.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnTelegram
public class TelegramConfiguration {

	@Bean
	TelegramClient telegramClient(TelegramProperties properties) {
		return new OkHttpTelegramClient(properties.token(), telegramUrl(properties));
	}

	/**
	 * The Bot API base URL as TelegramBots takes it.
	 */
	public static TelegramUrl telegramUrl(TelegramProperties properties) {
		var url = properties.apiUrl();
		int port = (url.getPort() != -1) ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
		return new TelegramUrl(url.getScheme(), url.getHost(), port, false);
	}

}
