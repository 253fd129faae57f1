package org.classbell.store.roster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PhoneNumberTest {

	@ParameterizedTest
	@ValueSource(strings = { "8 (912) 345-67-89", "+79123456789", "+7 912 345 67 89", "89123456789", "9123456789",
			"7-912-345-67-89", "+7(912)3456789" })
	void normalisesUsualRussianFormsToE164(String typed) {
		assertThat(PhoneNumber.parse(typed, "RU")).contains(new PhoneNumber("+79123456789"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "not a phone", "+7 912 345", "8 (000) 000-00-00", "" })
	void refusesUnusableNumbers(String typed) {
		assertThat(PhoneNumber.parse(typed, "RU")).isEmpty();
	}

	@Test
	void keepsForeignNumbersWithTheirCountryCode() {
		assertThat(PhoneNumber.parse("+44 7911 123456", "RU")).contains(new PhoneNumber("+447911123456"));
	}

	@Test
	void knowsTheRegionsNumbersCanBeReadIn() {
		assertThat(PhoneNumber.isRegion("RU")).isTrue();
		assertThat(PhoneNumber.isRegion("KZ")).isTrue();
		assertThat(PhoneNumber.isRegion("ru")).as("capitals only").isFalse();
		assertThat(PhoneNumber.isRegion("SU")).isFalse();
		assertThat(PhoneNumber.isRegion("ZZ")).isFalse();
		assertThat(PhoneNumber.isRegion(null)).isFalse();
	}

	@Test
	void masksForLogs() {
		assertThat(new PhoneNumber("+79123456789").masked()).isEqualTo("+7912*****89");
		assertThat(new PhoneNumber("+79123456789")).hasToString("+7912*****89");
	}

	@Test
	void refusesWhatIsNotE164() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("89123456789"));
	}

}
