package org.classbell.store.invite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * How invite codes look: 12 characters of Crockford's base32 (60 random bits), without
 * letters that read like digits. Typed codes are forgiving: case, spaces and dashes do
 * not matter, and O, I and L read as 0, 1 and 1.
 */
final class CodeFormat {

	static final int LENGTH = 12;

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private CodeFormat() {
	}

	static String newCode() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * The code a person typed or a deep link carried, in its canonical form, if it can be
	 * a code at all.
	 */
	static Optional<String> normalise(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		StringBuilder code = new StringBuilder(LENGTH);
		for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
			if (c == ' ' || c == '-' || c == '_') {
				continue;
			}
			char read = switch (c) {
				case 'O' -> '0';
				case 'I', 'L' -> '1';
				default -> c;
			};
			if (ALPHABET.indexOf(read) < 0) {
				return Optional.empty();
			}
			code.append(read);
		}
		return (code.length() == LENGTH) ? Optional.of(code.toString()) : Optional.empty();
	}

	static String hash(String code) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
