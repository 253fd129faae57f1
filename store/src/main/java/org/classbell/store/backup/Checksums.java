package org.classbell.store.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 checksums of backups: of each table's data in the manifest, and of the
 * whole file in the {@code .sha256} file beside it, in lower-case hex as
 * {@code sha256sum} writes them.
 */
public final class Checksums {

	private Checksums() {
	}

	/**
	 * A new SHA-256 digest.
	 */
	public static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("This Java has no SHA-256", ex);
		}
	}

	/**
	 * What the digest has taken in, as hex.
	 */
	public static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * The SHA-256 of everything the stream holds, read to its end.
	 */
	public static String of(InputStream in) throws IOException {
		MessageDigest digest = sha256();
		try (DigestInputStream through = new DigestInputStream(in, digest)) {
			through.transferTo(OutputStream.nullOutputStream());
		}
		return hex(digest);
	}

}
