package org.classbell.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request to {@link FakeTwilio}.
 *
 * @param method the HTTP method in upper case
 * @param path the request path
 * @param params its query and form parameters, decoded
 * @param status the HTTP status answered, 0 when the connection was dropped
 */
public record TwilioCall(String method, String path, Map<String, String> params, int status) {

	public TwilioCall {
		params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
	}

}
