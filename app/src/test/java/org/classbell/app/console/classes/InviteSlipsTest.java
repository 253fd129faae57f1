package org.classbell.app.console.classes;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import org.classbell.bot.telegram.BotIdentity;
import org.classbell.store.ClassId;
import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.SchoolId;
import org.classbell.store.StudentId;
import org.classbell.store.families.Families;
import org.classbell.store.families.Family;
import org.classbell.store.families.GuardianContact;
import org.classbell.store.invite.Invitee;
import org.classbell.store.invite.IssuedInvite;
import org.classbell.store.roster.SchoolClass;
import org.classbell.store.roster.StudentCard;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class InviteSlipsTest {

	private static final ClassId CLASS = new ClassId(7);

	private static final SchoolClass FIVE_A = new SchoolClass(CLASS, new SchoolId(1), "5А", 5, false);

	private final Families families = mock(Families.class);

	private final BotIdentity bot = mock(BotIdentity.class);

	private final InviteSlips slips = new InviteSlips(this.families, this.bot, messages());

	@Test
	void withoutTheBotsNameASlipHasTheCodeAndHowToUseItButNoLinkOrQrCode() throws Exception {
		given(this.bot.username()).willReturn(Optional.empty());
		given(this.bot.startLink("7KQM2XHD9RTA")).willReturn(Optional.empty());
		given(this.families.ofClass(CLASS)).willReturn(List.of(family(Language.RU)));

		Slip slip = only();

		assertThat(slip.link()).isNull();
		assertThat(slip.qr()).isNull();
		assertThat(slip.groupedCode()).isEqualTo("7KQM 2XHD 9RTA");
		assertThat(slip.childrenLine()).isEqualTo("Ученики: Абрамов Денис, Абрамова Вера");
		assertThat(slip.steps()).first()
			.isEqualTo("Найдите в Telegram бота школы (его имя подскажет классный руководитель).");
		String text = new PdfTextExtractor(new PdfReader(new InviteSheetPdf().render(List.of(slip))))
			.getTextFromPage(1);
		assertThat(text).contains("7KQM 2XHD 9RTA", "Абрамова Ольга", "/start");
	}

	@Test
	void aSlipIsInTheGuardiansLanguageWithTheLinkAndItsQrCode() {
		given(this.bot.username()).willReturn(Optional.of("school_bot"));
		given(this.bot.startLink("7KQM2XHD9RTA")).willReturn(Optional.of("https://t.me/school_bot?start=7KQM2XHD9RTA"));
		given(this.families.ofClass(CLASS)).willReturn(List.of(family(Language.EN)));

		Slip slip = only();

		assertThat(slip.language()).isEqualTo("en");
		assertThat(slip.heading()).isEqualTo("Invitation to the ClassBell school bot");
		assertThat(slip.link()).isEqualTo("https://t.me/school_bot?start=7KQM2XHD9RTA");
		assertThat(slip.qr().svgPath()).startsWith("M4 4h7v1h-7z");
		assertThat(slip.expires()).isEqualTo("The code works once, until December 25, 2026");
	}

	private Slip only() {
		IssuedInvite invite = new IssuedInvite("7KQM2XHD9RTA", Instant.parse("2026-12-25T06:30:00Z"),
				new Invitee.Guardian(new GuardianId(3), "Абрамова Ольга",
						List.of(child(1, "Абрамов", "Денис"), child(2, "Абрамова", "Вера"))));
		List<Slip> made = this.slips.of(List.of(invite), "Школа №1", FIVE_A, ZoneId.of("Europe/Moscow"));
		assertThat(made).hasSize(1);
		return made.get(0);
	}

	private static StudentCard child(int listNo, String last, String first) {
		return new StudentCard(new StudentId(listNo), CLASS, "5А", listNo, last, first, "");
	}

	private static Family family(Language language) {
		return new Family(new StudentId(1), 1, "Абрамов Денис", List.of(new GuardianContact(new GuardianId(3),
				"Абрамова Ольга", null, language, null, null, null, null, null, null, null, false)));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("console/i18n/classes");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
