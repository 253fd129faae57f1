package org.classbell.app.backups;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the same bytes to several backup files at once, so that the database is read
 * once however many directories there are. A file that fails (a full disk, a share gone)
 * drops out with its reason and the others go on; when none is left, writing fails.
 *
 * @param <T> the files
 */
final class FanOut<T extends FanOut.Target> extends OutputStream {

	private final List<T> writing;

	private final Map<T, IOException> failed = new LinkedHashMap<>();

	FanOut(List<T> writing) {
		this.writing = new ArrayList<>(writing);
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		for (T target : List.copyOf(this.writing)) {
			try {
				target.out().write(bytes, offset, length);
			}
			catch (IOException ex) {
				drop(target, ex);
			}
		}
		if (this.writing.isEmpty()) {
			throw new IOException("No backup directory could be written");
		}
	}

	@Override
	public void flush() throws IOException {
		for (T target : List.copyOf(this.writing)) {
			try {
				target.out().flush();
			}
			catch (IOException ex) {
				drop(target, ex);
			}
		}
		if (this.writing.isEmpty()) {
			throw new IOException("No backup directory could be written");
		}
	}

	/**
	 * The files still being written.
	 */
	List<T> writing() {
		return List.copyOf(this.writing);
	}

	/**
	 * The files that failed, with why, in the order they failed.
	 */
	Map<T, IOException> failed() {
		return new LinkedHashMap<>(this.failed);
	}

	private void drop(T target, IOException ex) {
		this.writing.remove(target);
		this.failed.put(target, ex);
		target.abandon();
	}

	/**
	 * A file being written.
	 */
	interface Target {

		OutputStream out();

		/**
		 * Gives the file up: it will not be complete.
		 */
		void abandon();

	}

}
