package org.classbell.store.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.classbell.store.ClassBellHome;

import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL's data directory, {@code $CLASSBELL_HOME/pg}, as a restore sees
 * it: whether it holds a database, and moving it aside so that the restore starts from an
 * empty one and nothing is lost.
 */
public final class EmbeddedData {

	private EmbeddedData() {
	}

	/**
	 * The data directory.
	 */
	public static Path directory(ClassBellHome home) {
		return home.resolve("pg").toAbsolutePath().normalize();
	}

	/**
	 * Whether the data directory holds a database.
	 */
	public static boolean exists(ClassBellHome home) {
		return Files.exists(directory(home).resolve("PG_VERSION"));
	}

	/**
	 * Renames the data directory to {@code pg.<suffix>}.
	 * @return where it is now
	 * @throws IllegalStateException when a running ClassBell uses it
	 */
	public static Path moveAside(ClassBellHome home, String suffix) {
		return moveAside(directory(home), suffix);
	}

	/**
	 * Puts a data directory moved aside back in its place, deleting what is there now.
	 * @throws UncheckedIOException when it cannot
	 */
	public static void moveBack(ClassBellHome home, Path aside) {
		Path directory = directory(home);
		try {
			FileSystemUtils.deleteRecursively(directory);
			Files.move(aside, directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not move " + aside + " back to " + directory, ex);
		}
	}

	private static Path moveAside(Path directory, String suffix) {
		StalePostmaster.stopIfAny(directory);
		Path aside = directory.resolveSibling("pg." + suffix);
		try {
			return Files.move(directory, aside);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not move " + directory + " to " + aside, ex);
		}
	}

}
