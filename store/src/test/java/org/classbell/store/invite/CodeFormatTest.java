package org.classbell.store.invite;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeFormatTest {

	@Test
	void makesCodesOfTwelveUnambiguousCharacters() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String code = CodeFormat.newCode();
			assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{12}");
			codes.add(code);
		}
		assertThat(codes).hasSize(1000);
	}

	@Test
	void readsTypedCodesForgivingly() {
		assertThat(CodeFormat.normalise("abcd-efgh-jk01")).contains("ABCDEFGHJK01");
		assertThat(CodeFormat.normalise(" ABCD EFGH JKOI ")).contains("ABCDEFGHJK01");
		assertThat(CodeFormat.normalise("ABCDEFGHJKL0")).contains("ABCDEFGHJK10");
	}

	@Test
	void refusesWhatCannotBeACode() {
		assertThat(CodeFormat.normalise("ABC")).isEmpty();
		assertThat(CodeFormat.normalise("ABCDEFGHJKMNP")).isEmpty();
		assertThat(CodeFormat.normalise("ABCDEFGHJKU0")).isEmpty();
		assertThat(CodeFormat.normalise(null)).isEmpty();
	}

	@Test
	void hashesWithSha256() {
		assertThat(CodeFormat.hash("ABCDEFGHJK01")).matches("[0-9a-f]{64}")
			.isNotEqualTo(CodeFormat.hash("ABCDEFGHJK02"));
	}

}
