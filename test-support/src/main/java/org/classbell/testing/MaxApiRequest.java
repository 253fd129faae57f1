package org.classbell.testing;

import java.time.Instant;

/**
 * One request {@link FakeMaxApi} answered, refused ones included.
 *
 * @param method the HTTP method, such as {@code POST}
 * @param path the path, such as {@code /messages}
 * @param query the raw query string, {@code null} when none
 * @param body the request body as UTF-8 text
 * @param status the HTTP status answered
 * @param at when it arrived
 */
public record MaxApiRequest(String method, String path, String query, String body, int status, Instant at) {

}
