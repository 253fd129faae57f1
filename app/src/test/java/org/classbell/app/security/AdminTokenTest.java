package org.classbell.app.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.classbell.store.ClassBellHome;

import static org.assertj.core.api.Assertions.assertThat;

class AdminTokenTest {

	@TempDir
	Path home;

	@Test
	void generatesATokenReadableByItsOwnerOnlyWhenNoneIsSet() throws IOException {
		AdminToken token = new AdminToken(new AdminProperties(null), new ClassBellHome(this.home));

		Path file = this.home.resolve("admin-token");
		String written = Files.readString(file).strip();
		assertThat(written).hasSizeGreaterThanOrEqualTo(40);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(token.matches(written)).isTrue();
		assertThat(token.whereFrom()).isEqualTo("in " + file.toAbsolutePath());
	}

	@Test
	void keepsTheGeneratedTokenAcrossRestarts() throws IOException {
		new AdminToken(new AdminProperties(""), new ClassBellHome(this.home));
		String first = Files.readString(this.home.resolve("admin-token")).strip();

		AdminToken again = new AdminToken(new AdminProperties(null), new ClassBellHome(this.home));

		assertThat(Files.readString(this.home.resolve("admin-token")).strip()).isEqualTo(first);
		assertThat(again.matches(first)).isTrue();
	}

	@Test
	void usesTheConfiguredTokenAndWritesNothing() {
		AdminToken token = new AdminToken(new AdminProperties("configured-secret"), new ClassBellHome(this.home));

		assertThat(token.matches("configured-secret")).isTrue();
		assertThat(token.matches(" configured-secret ")).isTrue();
		assertThat(token.matches("configured-secreT")).isFalse();
		assertThat(token.matches("")).isFalse();
		assertThat(token.matches(null)).isFalse();
		assertThat(this.home.resolve("admin-token")).doesNotExist();
		assertThat(token.whereFrom()).isEqualTo("set by CLASSBELL_ADMIN_TOKEN");
	}

	@Test
	void makesATokenFileOthersCouldReadPrivate() throws IOException {
		Path file = this.home.resolve("admin-token");
		Files.writeString(file, "from-an-earlier-run\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

		AdminToken token = new AdminToken(new AdminProperties(null), new ClassBellHome(this.home));

		assertThat(token.matches("from-an-earlier-run")).isTrue();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

}
