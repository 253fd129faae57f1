package org.classbell.app.backups;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Several backup files written at once, one of them on a full disk: Linux's
 * {@code /dev/full}, which answers every write with "No space left on device".
 */
class FanOutTest {

	@Test
	void aFullDiskDropsOutAndTheOthersGetEveryByte() throws IOException {
		File first = new File(new ByteArrayOutputStream());
		File full = new File(new FileOutputStream("/dev/full"));
		File second = new File(new ByteArrayOutputStream());
		FanOut<File> out = new FanOut<>(List.of(first, full, second));

		for (int i = 0; i < 1000; i++) {
			out.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
		}
		out.flush();

		assertThat(out.writing()).containsExactly(first, second);
		assertThat(out.failed()).containsOnlyKeys(full);
		assertThat(out.failed().get(full)).hasMessageContaining("No space left on device");
		assertThat(full.abandoned).isTrue();
		assertThat(first.bytes()).isEqualTo(second.bytes()).hasSize(8890);
	}

	@Test
	void failsWhenNoFileIsLeft() throws IOException {
		File full = new File(new FileOutputStream("/dev/full"));
		FanOut<File> out = new FanOut<>(List.of(full));

		assertThatIOException().isThrownBy(() -> {
			for (int i = 0; i < 100_000; i++) {
				out.write("some rows\n".getBytes(StandardCharsets.UTF_8));
			}
			out.flush();
		}).withMessage("No backup directory could be written");
		assertThat(out.writing()).isEmpty();
	}

	/**
	 * A file as the backup writes it: through a buffer, so that a full disk shows when
	 * the buffer is written.
	 */
	static final class File implements FanOut.Target {

		private final OutputStream target;

		private final OutputStream out;

		boolean abandoned;

		File(OutputStream target) {
			this.target = target;
			this.out = new java.io.BufferedOutputStream(target, 1024);
		}

		@Override
		public OutputStream out() {
			return this.out;
		}

		@Override
		public void abandon() {
			this.abandoned = true;
		}

		byte[] bytes() {
			try {
				this.out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return ((ByteArrayOutputStream) this.target).toByteArray();
		}

	}

}
