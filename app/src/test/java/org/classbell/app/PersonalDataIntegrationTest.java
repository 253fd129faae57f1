package org.classbell.app;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PersonalDataIntegrationTest extends ApiIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void keepsTheValuesOfARefusedRowOutOfDatabaseErrors() {
		long school = this.jdbc.sql("insert into school (name, name_key) values ('S', 's') returning id")
			.query(Long.class)
			.single();
		String insert = "insert into guardian (school_id, full_name, name_key, phone) values (?, 'Иванова Мария', 'x', '+79123456789')";

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
				this.jdbc.sql(insert).param(school).update();
				this.jdbc.sql(insert).param(school).update();
			}))
			.withMessageContaining("guardian_phone")
			.withMessageNotContaining("79123456789");
	}

}
