package org.classbell.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.store.ClassBellHome;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The bearer token of the admin API: {@code CLASSBELL_ADMIN_TOKEN} when set; otherwise
 * the one in {@code $CLASSBELL_HOME/admin-token}, generated at first start, readable by
 * its owner only, and logged that once.
 */
@Component
public class AdminToken {

	private static final Logger log = LoggerFactory.getLogger(AdminToken.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private final SecretToken token;

	private final String whereFrom;

	AdminToken(AdminProperties properties, ClassBellHome home) {
		if (StringUtils.hasText(properties.token())) {
			this.token = new SecretToken(properties.token());
			this.whereFrom = "set by CLASSBELL_ADMIN_TOKEN";
			return;
		}
		Path file = home.resolve("admin-token").toAbsolutePath().normalize();
		this.token = new SecretToken(readOrGenerate(file));
		this.whereFrom = "in " + file;
	}

	/**
	 * Whether a presented token is this one, compared in constant time.
	 */
	public boolean matches(String presented) {
		return this.token.matches(presented);
	}

	/**
	 * Where an admin finds the token, for the start-up log.
	 */
	public String whereFrom() {
		return this.whereFrom;
	}

	private static String readOrGenerate(Path file) {
		try {
			if (Files.exists(file)) {
				keepPrivate(file);
				String token = Files.readString(file, StandardCharsets.UTF_8).strip();
				if (!token.isEmpty()) {
					return token;
				}
			}
			String token = generate();
			Files.createDirectories(file.getParent());
			write(file, token);
			log.info("Generated the admin API token and wrote it to {} (readable by its owner only): {}", file, token);
			return token;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or write the admin token in " + file, ex);
		}
	}

	private static void write(Path file, String token) throws IOException {
		Files.deleteIfExists(file);
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(file);
		}
		catch (FileAlreadyExistsException ex) {
			throw new IOException("Another process wrote " + file + " at the same time", ex);
		}
		Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
	}

	private static void keepPrivate(Path file) throws IOException {
		try {
			if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
				log.warn("{} could be read by others; making it readable by its owner only", file);
				Files.setPosixFilePermissions(file, OWNER_ONLY);
			}
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: nothing to check
		}
	}

	private static String generate() {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

}
