package org.classbell.testing;

import java.util.List;

/**
 * A webhook subscription the bot made on {@link FakeMaxApi} with
 * {@code POST /subscriptions}.
 *
 * @param url where MAX would post updates
 * @param types the update types asked, empty for all
 * @param secret the secret MAX would send in {@code X-Max-Bot-Api-Secret}, {@code null}
 * when none
 */
public record MaxApiSubscription(String url, List<String> types, String secret) {

}
