package org.classbell.notifier;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where this node is reached from outside ({@code CLASSBELL_PUBLIC_URL}): the base of the
 * Telegram webhook and of Twilio's callbacks, and what their signatures are checked
 * against.
 *
 * @param publicUrl the public base URL, such as {@code https://bell.school1.ru}
 */
@ConfigurationProperties("classbell")
public record NodeProperties(URI publicUrl) {

}
