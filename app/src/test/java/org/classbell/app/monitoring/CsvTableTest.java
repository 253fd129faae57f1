package org.classbell.app.monitoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTest {

	@Test
	void writesTextsThatASpreadsheetWouldEvaluateAfterAnApostrophe() {
		CsvTable table = new CsvTable("text");
		for (String text : new String[] { "=1+1", "+7 912", "-2", "@SUM(A1)", "\tx", "\rx" }) {
			table.row(text);
		}

		assertThat(table.text()).isEqualTo("text\r\n'=1+1\r\n'+7 912\r\n'-2\r\n'@SUM(A1)\r\n'\tx\r\n\"'\rx\"\r\n");
	}

	@Test
	void writesNumbersAndOrdinaryTextsAsTheyAre() {
		String csv = new CsvTable("a", "b", "c", "d", "e").row(-2, new BigDecimal("-0.50"), "Иванов", "a=b", null)
			.text();

		assertThat(csv).isEqualTo("a,b,c,d,e\r\n-2,-0.50,Иванов,a=b,\r\n");
	}

}
