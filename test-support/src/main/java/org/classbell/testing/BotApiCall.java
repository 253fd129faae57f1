package org.classbell.testing;

import java.time.Instant;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.classbell.testing.JsonHttpServer.JSON;

/**
 * One call of the Bot API that {@link FakeBotApi} answered.
 *
 * @param method the method in lower case, such as {@code sendmessage}
 * @param body the request body as sent
 * @param token the token in the path, {@code null} when the path has none
 * @param status the HTTP status answered: 200, the error code of a failure, 401 for a
 * wrong token
 * @param at when it came (the wall clock), to count calls a second
 */
public record BotApiCall(String method, String body, String token, int status, Instant at) {

	/**
	 * The body as JSON: an empty object when it is not a JSON object.
	 */
	public JsonNode json() {
		try {
			JsonNode json = this.body.isBlank() ? null : JSON.readTree(this.body);
			return (json instanceof ObjectNode) ? json : JSON.createObjectNode();
		}
		catch (JsonProcessingException ex) {
			return JSON.createObjectNode();
		}
	}

}
