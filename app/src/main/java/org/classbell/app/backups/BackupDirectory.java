package org.classbell.app.backups;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One directory backups are written to. A backup is written as a hidden
 * {@code .<name>.partial} file, forced to disk, given its checksum file and only then
 * renamed to its name, so that a file with a backup's name is always complete: a node
 * killed, or a disk filled, on the way leaves a partial file, which the next backup
 * deletes.
 */
final class BackupDirectory {

	private static final String PARTIAL = ".partial";

	private static final int BUFFER = 1 << 16;

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private final Path path;

	BackupDirectory(Path path) {
		this.path = path.toAbsolutePath().normalize();
	}

	Path path() {
		return this.path;
	}

	/**
	 * Makes the directory if it is not there, and deletes partial files left by backups
	 * that did not finish.
	 */
	void prepare() throws IOException {
		Files.createDirectories(this.path);
		try (DirectoryStream<Path> partials = Files.newDirectoryStream(this.path, ".classbell-*" + PARTIAL)) {
			for (Path partial : partials) {
				Files.deleteIfExists(partial);
			}
		}
	}

	/**
	 * The backups the directory holds.
	 */
	List<BackupName> backups() throws IOException {
		List<BackupName> names = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(this.path, "classbell-*" + BackupName.SUFFIX)) {
			for (Path file : files) {
				BackupName.parse(file.getFileName().toString()).ifPresent(names::add);
			}
		}
		return names;
	}

	boolean holds(BackupName name) {
		return Files.exists(this.path.resolve(name.fileName()));
	}

	Path file(BackupName name) {
		return this.path.resolve(name.fileName());
	}

	/**
	 * Starts writing a backup: a file its owner alone may read, where the file system
	 * knows owners, for it holds the families' names and phones.
	 */
	Writing write(BackupName name) throws IOException {
		Path partial = this.path.resolve("." + name.fileName() + PARTIAL);
		Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		FileChannel channel = this.path.getFileSystem().supportedFileAttributeViews().contains("posix")
				? FileChannel.open(partial, options, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
				: FileChannel.open(partial, options);
		return new Writing(name, partial, channel);
	}

	/**
	 * Deletes the backups the rule does not keep, with their checksum files; never the
	 * one just written, which may sort before others when the school's time zone changed.
	 * @return the names deleted
	 */
	List<BackupName> prune(BackupKeep keep, BackupName justWritten) throws IOException {
		List<BackupName> all = backups();
		Set<BackupName> kept = keep.kept(all);
		kept.add(justWritten);
		List<BackupName> deleted = new ArrayList<>();
		for (BackupName name : all) {
			if (!kept.contains(name)) {
				Files.deleteIfExists(checksumFile(name));
				Files.deleteIfExists(file(name));
				deleted.add(name);
			}
		}
		return deleted;
	}

	private Path checksumFile(BackupName name) {
		return this.path.resolve(name.fileName() + BackupName.CHECKSUM_SUFFIX);
	}

	/**
	 * The SHA-256 written beside a backup file, if there is one: the first word of its
	 * {@code .sha256} file, which {@code sha256sum -c} also reads.
	 */
	static Optional<String> checksumBeside(Path backup) throws IOException {
		Path checksum = backup.resolveSibling(backup.getFileName() + BackupName.CHECKSUM_SUFFIX);
		if (!Files.exists(checksum)) {
			return Optional.empty();
		}
		String text = Files.readString(checksum, StandardCharsets.US_ASCII).strip();
		int space = text.indexOf(' ');
		return Optional.of((space < 0) ? text : text.substring(0, space));
	}

	@Override
	public String toString() {
		return this.path.toString();
	}

	/**
	 * A backup being written into the directory.
	 */
	final class Writing implements FanOut.Target {

		private final BackupName name;

		private final Path partial;

		private final FileChannel channel;

		private final OutputStream out;

		private Writing(BackupName name, Path partial, FileChannel channel) {
			this.name = name;
			this.partial = partial;
			this.channel = channel;
			this.out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
		}

		@Override
		public OutputStream out() {
			return this.out;
		}

		BackupDirectory directory() {
			return BackupDirectory.this;
		}

		/**
		 * Forces the file to disk, writes its checksum file, and gives it its name.
		 * @return the backup's file
		 */
		Path complete(String sha256) throws IOException {
			this.out.flush();
			this.channel.force(true);
			this.out.close();
			Path checksum = checksumFile(this.name);
			Path checksumPartial = BackupDirectory.this.path.resolve("." + checksum.getFileName() + PARTIAL);
			try (FileChannel checksumChannel = FileChannel.open(checksumPartial, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
				checksumChannel.write(StandardCharsets.US_ASCII.encode(sha256 + "  " + this.name.fileName() + "\n"));
				checksumChannel.force(true);
			}
			Files.move(checksumPartial, checksum, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			Path file = file(this.name);
			try {
				Files.move(this.partial, file, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ex) {
				Files.deleteIfExists(checksum);
				throw ex;
			}
			forceDirectory();
			return file;
		}

		/**
		 * Gives up: closes and deletes the partial file.
		 */
		@Override
		public void abandon() {
			try {
				this.channel.close();
			}
			catch (IOException ex) {
				// deleted below, or by the next backup
			}
			try {
				Files.deleteIfExists(this.partial);
			}
			catch (IOException ex) {
				// the next backup deletes it
			}
		}

		private void forceDirectory() {
			try (FileChannel directory = FileChannel.open(BackupDirectory.this.path, StandardOpenOption.READ)) {
				directory.force(true);
			}
			catch (IOException ex) {
				// not every file system lets a directory be forced; the rename is done
			}
		}

	}

}
