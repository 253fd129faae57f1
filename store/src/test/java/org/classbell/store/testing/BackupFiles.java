package org.classbell.store.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Backup files made wrong on purpose, for the tests of what a restore does with them.
 */
public final class BackupFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private BackupFiles() {
	}

	/**
	 * A copy of the backup whose manifest also lists a table {@code ghost} that no schema
	 * has, with a row and a matching checksum: it passes every check made before the
	 * restore writes, and fails while it fills the tables.
	 */
	public static Path withGhostTable(Path backup, Path copy) throws IOException {
		byte[] ghost = "1\n".getBytes(StandardCharsets.US_ASCII);
		try (ZipFile zip = new ZipFile(backup.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				byte[] bytes;
				try (InputStream in = zip.getInputStream(entry)) {
					bytes = in.readAllBytes();
				}
				if (entry.getName().equals("manifest.json")) {
					ObjectNode manifest = (ObjectNode) JSON.readTree(bytes);
					ObjectNode table = ((ArrayNode) manifest.get("tables")).addObject();
					table.put("name", "ghost");
					table.putArray("columns").add("id");
					table.put("rows", 1);
					table.put("sha256", sha256(ghost));
					bytes = JSON.writeValueAsBytes(manifest);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
			out.putNextEntry(new ZipEntry("tables/ghost.tsv"));
			out.write(ghost);
			out.closeEntry();
		}
		return copy;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
