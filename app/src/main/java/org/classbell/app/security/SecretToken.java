package org.classbell.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A bearer token held as its SHA-256 digest only, and compared in constant time, so that
 * neither memory dumps nor response times give it away. Spaces around a token are no part
 * of it.
 */
final class SecretToken {

	private final byte[] digest;

	SecretToken(String token) {
		this.digest = sha256(token.strip());
	}

	/**
	 * Whether a presented token is this one.
	 */
	boolean matches(String presented) {
		return presented != null && MessageDigest.isEqual(this.digest, sha256(presented.strip()));
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "SecretToken[***]";
	}

}
