package org.classbell.testing;

/**
 * A webhook the bot set on {@link FakeBotApi} with {@code setWebhook}.
 *
 * @param url where Telegram would post updates
 * @param secretToken the {@code secret_token}, {@code null} when none
 */
public record Webhook(String url, String secretToken) {

}
