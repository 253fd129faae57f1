package org.classbell.store;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Values as one PostgreSQL array literal ({@code {1,2,3}}), to bind as a single parameter
 * however many there are: {@code id = any(cast(? as bigint[]))}. For ids and plain codes
 * only (no commas, quotes, braces or spaces).
 */
public final class SqlArrays {

	private SqlArrays() {
	}

	public static String literal(Collection<?> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

}
