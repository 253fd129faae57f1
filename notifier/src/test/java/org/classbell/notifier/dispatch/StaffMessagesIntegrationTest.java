package org.classbell.notifier.dispatch;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.classbell.notifier.outbox.Button;
import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.MessageKind;
import org.classbell.notifier.outbox.NotificationId;
import org.classbell.notifier.outbox.StaffMessages;
import org.classbell.notifier.outbox.Topic;
import org.classbell.store.GuardianId;
import org.classbell.store.StaffId;
import org.classbell.store.StudentId;
import org.classbell.store.testing.LinkedChats;
import org.classbell.testing.SentMessage;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Messages to staff go to the messenger they linked, with their buttons, and wait out the
 * teachers' quiet hours: the teacher's own, else the school's for its staff.
 */
class StaffMessagesIntegrationTest extends ChannelsIntegrationTest {

	private static final long SOKOLOVA_CHAT = 3001;

	@Autowired
	StaffMessages staffMessages;

	@Test
	void sendsAStaffMemberTheMessageWithItsButtonsAndFindsItsTopicByTheMessengersId() {
		StaffId sokolova = sokolova();
		LinkedChats.staff(this.beans, sokolova, SOKOLOVA_CHAT, this.clock.instant());
		Topic topic = Topic.parent(new GuardianId(12), new StudentId(34));

		Optional<NotificationId> queued = queue(sokolova, topic, List.of(List
			.of(new Button("Отметить уважительной", "ax:34:20782"), new Button("Ответить родителю", "rr:12:34"))));

		assertThat(queued).isPresent();
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(SOKOLOVA_CHAT).size() == 1);
		SentMessage sent = TELEGRAM.sentMessages(SOKOLOVA_CHAT).get(0);
		assertThat(sent.text()).isEqualTo("Иванова Мария: «Болеет»");
		assertThat(sent.buttons()).hasSize(1);
		assertThat(sent.buttons().get(0)).extracting((button) -> button.text() + "=" + button.callbackData())
			.containsExactly("Отметить уважительной=ax:34:20782", "Ответить родителю=rr:12:34");
		awaitStatus("telegram", "sent");
		assertThat(this.staffMessages.topicOfSent(sokolova, Channel.TELEGRAM, String.valueOf(sent.messageId())))
			.contains(topic);
		assertThat(this.staffMessages.topicOfSent(sokolova, Channel.MAX, String.valueOf(sent.messageId()))).isEmpty();
		assertThat(this.staffMessages.topicOfSent(sokolova, Channel.TELEGRAM, "999999")).isEmpty();
		assertThat(topic.parentAndChild()).contains(new Topic.ParentAndChild(new GuardianId(12), new StudentId(34)));
		assertThat(new Topic("note:5").parentAndChild()).isEmpty();
	}

	@Test
	void queuesNothingForAStaffMemberWithoutAChat() {
		assertThat(queue(sokolova(), null, List.of())).isEmpty();
		assertThat(count("select count(*) from notification")).isZero();
	}

	@Test
	void holdsAStaffMessageInTheTeachersQuietHoursNotTheParentsOnes() {
		StaffId sokolova = sokolova();
		LinkedChats.staff(this.beans, sokolova, SOKOLOVA_CHAT, this.clock.instant());
		// 20:30 in Moscow: parents' quiet hours (21:00) have not begun, teachers' (20:00)
		// have
		this.clock.set(Instant.parse("2026-11-25T17:30:00Z"));
		queue(sokolova, null, List.of());
		Instant morning = Instant.parse("2026-11-26T05:00:00Z");
		awaitNextAttempt(morning);
		assertThat(TELEGRAM.sentMessages(SOKOLOVA_CHAT)).isEmpty();

		// her own quiet hours, from 22:00, let the next one go at once
		this.jdbc.sql("update staff set quiet_from = '22:00', quiet_to = '07:00' where id = ?")
			.param(sokolova.value())
			.update();
		this.jdbc.sql("delete from notification").update();
		queue(sokolova, null, List.of());
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(SOKOLOVA_CHAT).size() == 1);
	}

	private Optional<NotificationId> queue(StaffId staff, Topic topic, List<List<Button>> buttons) {
		return this.transactions.execute((status) -> this.staffMessages.queue(staff, MessageKind.PARENT_ANSWER, topic,
				"Иванова Мария: «Болеет»", buttons, this.clock.instant()));
	}

	private void awaitNextAttempt(Instant at) {
		await().atMost(WAIT)
			.until(() -> this.jdbc.sql("select next_attempt_at from notification")
				.query(OffsetDateTime.class)
				.single()
				.toInstant()
				.equals(at));
	}

	private StaffId sokolova() {
		return this.school.staffMember("Соколова Елена").id();
	}

}
