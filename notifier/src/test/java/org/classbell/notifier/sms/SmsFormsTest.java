package org.classbell.notifier.sms;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.classbell.notifier.NotifierProperties;
import org.classbell.notifier.sms.SmsForms.Budget;
import org.classbell.store.school.SegmentBudgets;
import org.classbell.templates.sms.Sms;
import org.classbell.templates.sms.SmsEncoding;
import org.classbell.templates.sms.SmsText;

import static org.assertj.core.api.Assertions.assertThat;

class SmsFormsTest {

	private static final String LONG = "Борис (5А), похвала: " + "помог провести урок, ".repeat(20);

	private final SmsForms forms = new SmsForms(
			new NotifierProperties(Duration.ofMinutes(2), new NotifierProperties.Sms(1, 3, 4)));

	@Test
	void takesTheConfiguredBudgetWhereTheSchoolSetNone() {
		assertThat(this.forms.segments(Budget.ALERT, SegmentBudgets.DEFAULTS)).isEqualTo(1);
		assertThat(this.forms.segments(Budget.ANNOUNCEMENT, SegmentBudgets.DEFAULTS)).isEqualTo(3);
		assertThat(this.forms.segments(Budget.REPORT, new SegmentBudgets(2, null, null))).isEqualTo(4);
	}

	@Test
	void takesTheSchoolsOwnBudgetWhereItSetOne() {
		SegmentBudgets school = new SegmentBudgets(2, 1, 10);

		assertThat(this.forms.segments(Budget.ALERT, school)).isEqualTo(2);
		assertThat(this.forms.segments(Budget.ANNOUNCEMENT, school)).isEqualTo(1);
		assertThat(this.forms.segments(Budget.REPORT, school)).isEqualTo(10);
	}

	@Test
	void cutsATextToTheSchoolsBudgetInTheLettersItChose() {
		Sms cyrillic = SmsText
			.measure(this.forms.sms(LONG, this.forms.form(Budget.ALERT, false, SegmentBudgets.DEFAULTS)));
		String latin = this.forms.sms(LONG, this.forms.form(Budget.ALERT, true, new SegmentBudgets(2, null, null)));

		assertThat(cyrillic.segments()).isOne();
		assertThat(cyrillic.encoding()).isEqualTo(SmsEncoding.UCS2);
		assertThat(latin).startsWith("Boris (5A), pokhvala: pomog provesti urok").endsWith("...");
		assertThat(SmsText.measure(latin).segments()).isEqualTo(2);
		assertThat(SmsText.measure(latin).encoding()).isEqualTo(SmsEncoding.GSM7);
	}

}
