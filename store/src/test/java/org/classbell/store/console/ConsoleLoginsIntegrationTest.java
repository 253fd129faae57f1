package org.classbell.store.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;
import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@DatabaseTest
class ConsoleLoginsIntegrationTest {

	private static final Instant NOW = MutableClock.START;

	@Autowired
	ConsoleLogins logins;

	@Autowired
	JdbcClient jdbc;

	SchoolId school;

	StaffId staff;

	@BeforeEach
	void staffMember() {
		this.school = new SchoolId(
				this.jdbc.sql("insert into school (name, name_key) values ('Школа', 'школа') returning id")
					.query(Long.class)
					.single());
		this.staff = new StaffId(this.jdbc.sql("""
				insert into staff (school_id, last_name, first_name, last_name_key, first_name_key, role)
				values (?, 'Соколова', 'Елена', 'соколова', 'елена', 'admin') returning id""")
			.param(this.school.value())
			.query(Long.class)
			.single());
	}

	@Test
	void aLinkLogsItsStaffMemberInOnceAndKeepsOnlyItsHash() {
		String token = this.logins.issue(this.school, this.staff, NOW);

		assertThat(token).matches("[A-Za-z0-9_-]{32}");
		assertThat(this.logins.peek(token, NOW)).contains(new ConsoleLogin(this.school, this.staff));
		assertThat(this.logins.use(token, NOW.plusSeconds(30))).contains(new ConsoleLogin(this.school, this.staff));
		assertThat(this.logins.use(token, NOW.plusSeconds(31))).isEmpty();
		assertThat(this.logins.peek(token, NOW.plusSeconds(31))).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from console_login where token_hash = ?")
			.param(token)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aLinkWorksForTenMinutes() {
		String token = this.logins.issue(this.school, this.staff, NOW);

		assertThat(this.logins.use(token, NOW.plus(Duration.ofMinutes(10)))).isEmpty();
		assertThat(this.logins.use(token, NOW.plus(Duration.ofMinutes(10)).minusSeconds(1))).isPresent();
	}

	@Test
	void aLinkOfAStaffMemberNoLongerActiveLogsNobodyIn() {
		String token = this.logins.issue(this.school, this.staff, NOW);
		this.jdbc.sql("update staff set active = false where id = ?").param(this.staff.value()).update();

		assertThat(this.logins.peek(token, NOW)).isEmpty();
		assertThat(this.logins.use(token, NOW)).isEmpty();
	}

	@Test
	void somethingElseThanATokenFindsNothing() {
		this.logins.issue(this.school, this.staff, NOW);

		for (String typed : new String[] { null, "", "x", "' or 1=1 --", "A".repeat(33), "A".repeat(10_000) }) {
			assertThat(this.logins.use(typed, NOW)).as(String.valueOf(typed)).isEmpty();
		}
	}

	@Test
	void twoUsesAtOnceLogInOnce() throws Exception {
		String token = this.logins.issue(this.school, this.staff, NOW);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Optional<ConsoleLogin>>> uses = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				uses.add(() -> this.logins.use(token, NOW));
			}
			long succeeded = 0;
			for (Future<Optional<ConsoleLogin>> use : threads.invokeAll(uses)) {
				succeeded += use.get().isPresent() ? 1 : 0;
			}
			assertThat(succeeded).isOne();
		}
		finally {
			threads.shutdown();
		}
	}

}
