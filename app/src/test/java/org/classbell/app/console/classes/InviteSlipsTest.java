package org.classbell.app.console.classes;

import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import org.classbell.app.console.Browser;
import org.classbell.bot.command.InviteLinks;
import org.classbell.store.ClassId;
import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.Messenger;
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
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class InviteSlipsTest {

	private static final ClassId CLASS = new ClassId(7);

	private static final SchoolClass FIVE_A = new SchoolClass(CLASS, new SchoolId(1), "5А", 5, false);

	private final Families families = mock(Families.class);

	private final InviteLinks links = mock(InviteLinks.class);

	private final InviteSlips slips = new InviteSlips(this.families, this.links, messages());

	@Test
	void withoutTheBotsNameASlipHasTheCodeAndHowToUseItButNoLinkOrQrCode() throws Exception {
		given(this.links.of("7KQM2XHD9RTA")).willReturn(Map.of());
		given(this.families.ofClass(CLASS)).willReturn(List.of(family(Language.RU)));

		Slip slip = only();

		assertThat(slip.links()).isEmpty();
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
		given(this.links.of("7KQM2XHD9RTA"))
			.willReturn(Map.of(Messenger.TELEGRAM, "https://t.me/school_bot?start=7KQM2XHD9RTA"));
		given(this.families.ofClass(CLASS)).willReturn(List.of(family(Language.EN)));

		Slip slip = only();

		assertThat(slip.language()).isEqualTo("en");
		assertThat(slip.heading()).isEqualTo("Invitation to the ClassBell school bot");
		assertThat(slip.severalMessengers()).isFalse();
		assertThat(slip.links()).singleElement().satisfies((link) -> {
			assertThat(link.link()).isEqualTo("https://t.me/school_bot?start=7KQM2XHD9RTA");
			assertThat(link.qr().svgPath()).startsWith("M4 4h7v1h-7z");
		});
		assertThat(slip.steps()).first()
			.isEqualTo("Point your phone camera at the QR code or open the link: the school bot opens in Telegram.");
		assertThat(slip.expires()).isEqualTo("The code works once, until December 25, 2026");
	}

	@Test
	void withBothMessengersOnASlipHasALabelledLinkAndQrCodeForEach() throws Exception {
		Map<Messenger, String> both = new LinkedHashMap<>();
		both.put(Messenger.TELEGRAM, "https://t.me/school_bot?start=7KQM2XHD9RTA");
		both.put(Messenger.MAX, "https://max.ru/school_max_bot?start=7KQM2XHD9RTA");
		given(this.links.of("7KQM2XHD9RTA")).willReturn(both);
		given(this.families.ofClass(CLASS)).willReturn(List.of(family(Language.RU)));

		Slip slip = only();

		assertThat(slip.severalMessengers()).isTrue();
		assertThat(slip.links()).extracting(SlipLink::messenger, SlipLink::code, SlipLink::link)
			.containsExactly(tuple("Telegram", "telegram", "https://t.me/school_bot?start=7KQM2XHD9RTA"),
					tuple("MAX", "max", "https://max.ru/school_max_bot?start=7KQM2XHD9RTA"));
		assertThat(slip.links().get(1).qrLabel())
			.isEqualTo("QR-код для MAX со ссылкой https://max.ru/school_max_bot?start=7KQM2XHD9RTA");
		assertThat(slip.steps()).containsExactly(
				"Наведите камеру телефона на QR-код мессенджера, которым пользуетесь, или откройте его ссылку — откроется бот школы.",
				"Нажмите «Запустить» (в MAX — «Начать»): код передастся сам.",
				"Подтвердите согласие — и вы будете получать сообщения об оценках, пропусках и домашних заданиях.");
		byte[] pdf = new InviteSheetPdf().render(List.of(slip, slip, slip, slip, slip, slip));
		Files.createDirectories(Browser.SCREENSHOTS);
		Files.write(Browser.SCREENSHOTS.resolve("invite-slips-two-messengers.pdf"), pdf);
		String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
		assertThat(text).contains("7KQM 2XHD 9RTA", "Абрамова Ольга");
		assertThat(text.replaceAll("[\\s\u00a0]", "")).as("the links, which may wrap")
			.contains("Telegram:https://t.me/school_bot?start=7KQM2XHD9RTA",
					"MAX:https://max.ru/school_max_bot?start=7KQM2XHD9RTA");
		assertThat(text.split("Код действует один раз", -1)).as("each slip laid out to its last line").hasSize(7);
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
				"Абрамова Ольга", null, language, List.of(), null, null, null, null, null, null, null, false)));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("console/i18n/classes");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
