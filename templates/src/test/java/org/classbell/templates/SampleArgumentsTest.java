package org.classbell.templates;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SampleArgumentsTest {

	@Test
	void findsEveryArgumentIncludingThoseInsidePluralAndSelectForms() {
		SampleArguments samples = SampleArguments
			.of("{everyone, select, yes {всем} other {для {class}}}: {recipients, plural, one {# получатель} other {# получателей, {late}}}");

		assertThat(samples.names()).containsExactlyInAnyOrder("everyone", "class", "recipients", "late");
	}

	@Test
	void triesSeveralNumbersForAPluralAndItsExplicitValues() {
		SampleArguments samples = SampleArguments
			.of("{count, plural, =0 {нет} =3 {три} one {# урок} other {# уроков}}");

		assertThat(values(samples, "count")).containsExactly(0, 1, 2, 5, 21, 1.5, 3);
	}

	@Test
	void triesEachKeywordOfASelectAndOther() {
		SampleArguments samples = SampleArguments
			.of("{channel, select, sms {SMS} telegram {Telegram} other {?}}, {kind, select, other {запись}}");

		assertThat(values(samples, "channel")).containsExactly("other", "sms", "telegram");
		assertThat(values(samples, "kind")).containsExactly("other");
	}

	@Test
	void givesADateForADateAndTheNameForAPlainArgument() {
		SampleArguments samples = SampleArguments.of("{child}, {date, date, ::dMMMM}, {average, number, ::.00}");

		assertThat(values(samples, "child")).containsExactly("child");
		assertThat(values(samples, "date")).containsExactly(LocalDate.of(2026, 11, 25));
		assertThat(values(samples, "average")).contains(0, 1, 1.5);
	}

	@Test
	void prefersANumberOverTextForAnArgumentUsedBothWays() {
		SampleArguments samples = SampleArguments.of("{count}: {count, plural, one {# урок} other {# уроков}}");

		assertThat(values(samples, "count")).allMatch(Number.class::isInstance);
	}

	@Test
	void givesOneEmptyVariantForAPatternWithoutArguments() {
		assertThat(SampleArguments.of("Готово").variants()).containsExactly(Map.of());
	}

	@Test
	void refusesWhatIsNotAMessagePattern() {
		assertThatIllegalArgumentException().isThrownBy(() -> SampleArguments.of("{child, plural, one {x}"));
	}

	private static Set<Object> values(SampleArguments samples, String name) {
		List<Map<String, Object>> variants = samples.variants();
		return variants.stream()
			.map((arguments) -> arguments.get(name))
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
