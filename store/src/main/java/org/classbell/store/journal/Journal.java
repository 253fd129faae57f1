package org.classbell.store.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.classbell.store.Actor;
import org.classbell.store.ClassId;
import org.classbell.store.StudentId;
import org.classbell.store.SubgroupId;
import org.classbell.store.SubjectId;
import org.classbell.store.Timestamps;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.staff.StaffMember;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the journal: each method is one entry of one teacher, made in the caller's
 * transaction and recorded so that its author can undo it. What changed is published as a
 * {@link JournalEvent} in that transaction, so that what listeners write (the
 * notifications to parents) commits with the entry. Writing what the journal already says
 * changes nothing, makes no entry and publishes nothing.
 */
@Service
public class Journal {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final RollCalls rollCalls;

	private final ApplicationEventPublisher events;

	Journal(JdbcClient jdbc, AuditTrail audit, RollCalls rollCalls, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.rollCalls = rollCalls;
		this.events = events;
	}

	/**
	 * Marks students absent or late for some lessons or the whole day. An excused absence
	 * stays excused. Marking lessons takes their attendance; the whole day takes none.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Written attendance(StaffMember author, AttendanceStatus status, List<StudentId> students, LocalDate day,
			Lessons lessons, Instant at) {
		if (status == AttendanceStatus.EXCUSED) {
			throw new IllegalArgumentException("Excuses are written with excuse()");
		}
		this.audit.actAs(Actor.staff(author.id()));
		Set<StudentId> changed = new LinkedHashSet<>();
		int rows = 0;
		for (StudentId student : students) {
			for (Integer lesson : lessons.slots()) {
				if (mark(student, status, day, lesson, author, at)) {
					rows++;
					changed.add(student);
				}
			}
		}
		this.rollCalls.taken(students, day, lessons.numbers(), author, at);
		EntryKind kind = (status == AttendanceStatus.ABSENT) ? EntryKind.ABSENCE : EntryKind.LATENESS;
		return attendanceEntry(author, kind, day, changed, rows, at);
	}

	/**
	 * Saves a roll call of one lesson (or the whole day) of a class or one of its
	 * subgroups: the students marked absent are absent, and the absences of the others
	 * for that lesson are taken away. A lesson's roll call is recorded as its attendance
	 * taken, even when it changes nothing.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Written rollCall(StaffMember author, ClassId classId, SubgroupId subgroupId, List<StudentId> absent,
			List<StudentId> present, LocalDate day, Integer lesson, Instant at) {
		this.audit.actAs(Actor.staff(author.id()));
		if (lesson != null) {
			this.rollCalls.taken(classId, subgroupId, day, lesson, author, at);
		}
		Set<StudentId> changed = new LinkedHashSet<>();
		int rows = 0;
		for (StudentId student : absent) {
			if (mark(student, AttendanceStatus.ABSENT, day, lesson, author, at)) {
				rows++;
				changed.add(student);
			}
		}
		for (StudentId student : present) {
			int deleted = this.jdbc.sql("""
					delete from attendance
					where student_id = :student and day = :day and coalesce(lesson_no, -1) = coalesce(:lesson, -1)
					  and status = 'absent'
					""")
				.param("student", student.value())
				.param("day", day)
				.param("lesson", lesson, java.sql.Types.SMALLINT)
				.update();
			if (deleted > 0) {
				rows += deleted;
				changed.add(student);
			}
		}
		return attendanceEntry(author, EntryKind.ROLL_CALL, day, changed, rows, at);
	}

	/**
	 * Excuses a student's absences and latenesses of a day, or the whole day ahead when
	 * none is recorded.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Written excuse(StaffMember author, StudentId student, LocalDate day, String reason, Instant at) {
		this.audit.actAs(Actor.staff(author.id()));
		List<Long> rows = this.jdbc.sql("""
				update attendance set status = 'excused', reason = :reason, author_id = :author, recorded_at = :at
				where student_id = :student and day = :day and status <> 'excused'
				returning id
				""")
			.param("reason", reason)
			.param("author", author.id().value())
			.param("at", Timestamps.of(at))
			.param("student", student.value())
			.param("day", day)
			.query(Long.class)
			.list();
		if (rows.isEmpty()) {
			rows = this.jdbc.sql("""
					insert into attendance (student_id, day, lesson_no, status, reason, author_id, recorded_at)
					values (:student, :day, null, 'excused', :reason, :author, :at)
					on conflict (student_id, day, coalesce(lesson_no, -1)) do nothing
					returning id
					""")
				.param("student", student.value())
				.param("day", day)
				.param("reason", reason)
				.param("author", author.id().value())
				.param("at", Timestamps.of(at))
				.query(Long.class)
				.list();
		}
		return attendanceEntry(author, EntryKind.EXCUSE, day, rows.isEmpty() ? Set.of() : Set.of(student), rows.size(),
				at);
	}

	/**
	 * Excuses a student's recorded absences of a day on a parent's word, where the school
	 * lets it (a parent's «Болеет»): no staff member's entry, so none can undo it, but
	 * the audit log names the actor; a teacher may mark the child absent again.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Written excuseOnWord(Actor actor, StudentId student, LocalDate day, String reason, Instant at) {
		this.audit.actAs(actor);
		int rows = this.jdbc.sql("""
				update attendance set status = 'excused', reason = :reason, author_id = null, recorded_at = :at
				where student_id = :student and day = :day and status = 'absent'
				""")
			.param("reason", reason)
			.param("at", Timestamps.of(at))
			.param("student", student.value())
			.param("day", day)
			.update();
		if (rows > 0) {
			this.events.publishEvent(new AttendanceChanged(EntryKind.EXCUSE, day, List.of(student), at));
		}
		return new Written(EntryKind.EXCUSE, day, (rows > 0) ? List.of(student) : List.of(), rows);
	}

	/**
	 * Records marks in a subject, for one lesson or none in particular.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Written marks(StaffMember author, SubjectId subject, List<Marked> marks, LocalDate day, Integer lesson,
			Instant at) {
		this.audit.actAs(Actor.staff(author.id()));
		List<StudentId> students = new ArrayList<>();
		for (Marked marked : marks) {
			this.jdbc.sql("""
					insert into mark (student_id, subject_id, day, lesson_no, value, modifier, author_id, recorded_at)
					values (:student, :subject, :day, :lesson, :value, :modifier, :author, :at)
					""")
				.param("student", marked.student().value())
				.param("subject", subject.value())
				.param("day", day)
				.param("lesson", lesson, java.sql.Types.SMALLINT)
				.param("value", marked.mark().value())
				.param("modifier", (marked.mark().modifier() != null) ? marked.mark().modifier().toString() : null)
				.param("author", author.id().value())
				.param("at", Timestamps.of(at))
				.update();
			students.add(marked.student());
		}
		Written written = entry(author, EntryKind.MARKS, day, students, marks.size(), at);
		if (!written.isEmpty()) {
			this.events.publishEvent(new MarksRecorded(author.id(), subject, day, students, at));
		}
		return written;
	}

	/**
	 * Records praise or a remark about a student.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Written note(StaffMember author, NoteKind kind, StudentId student, String text, LocalDate day, Instant at) {
		this.audit.actAs(Actor.staff(author.id()));
		long id = this.jdbc.sql("""
				insert into behaviour_note (student_id, kind, text, day, author_id, recorded_at)
				values (?, ?, ?, ?, ?, ?) returning id
				""")
			.params(student.value(), kind.code(), text, day, author.id().value(), Timestamps.of(at))
			.query(Long.class)
			.single();
		EntryKind entry = (kind == NoteKind.PRAISE) ? EntryKind.PRAISE : EntryKind.REMARK;
		Written written = entry(author, entry, day, List.of(student), 1, at);
		this.events.publishEvent(new NoteWritten(new NoteId(id), kind, student, text, author.name(), day, at));
		return written;
	}

	/**
	 * Records homework set for a class in a subject.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Written homework(StaffMember author, ClassId classId, SubjectId subject, String text, LocalDate day,
			LocalDate due, Instant at) {
		this.audit.actAs(Actor.staff(author.id()));
		this.jdbc.sql("""
				insert into homework (class_id, subject_id, assigned_on, due_on, text, author_id, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(classId.value(), subject.value(), day, due, text, author.id().value(), Timestamps.of(at))
			.update();
		Written written = entry(author, EntryKind.HOMEWORK, day, List.of(), 1, at);
		this.events.publishEvent(new HomeworkSet(classId, subject, day, due, at));
		return written;
	}

	/**
	 * Marks one student absent or late for one lesson (or the day): whether a row was
	 * written; not when the journal said so already or the absence is excused.
	 */
	private boolean mark(StudentId student, AttendanceStatus status, LocalDate day, Integer lesson, StaffMember author,
			Instant at) {
		return this.jdbc.sql("""
				insert into attendance (student_id, day, lesson_no, status, author_id, recorded_at)
				values (:student, :day, :lesson, :status, :author, :at)
				on conflict (student_id, day, coalesce(lesson_no, -1)) do update
				    set status = excluded.status, author_id = excluded.author_id, recorded_at = excluded.recorded_at
				    where attendance.status <> excluded.status and attendance.status <> 'excused'
				""")
			.param("student", student.value())
			.param("day", day)
			.param("lesson", lesson, java.sql.Types.SMALLINT)
			.param("status", status.code())
			.param("author", author.id().value())
			.param("at", Timestamps.of(at))
			.update() > 0;
	}

	/**
	 * An attendance entry, and the change published when it changed anything.
	 */
	private Written attendanceEntry(StaffMember author, EntryKind kind, LocalDate day, Set<StudentId> students,
			int rows, Instant at) {
		Written written = entry(author, kind, day, List.copyOf(students), rows, at);
		if (!students.isEmpty()) {
			this.events.publishEvent(new AttendanceChanged(kind, day, List.copyOf(students), at));
		}
		return written;
	}

	private Written entry(StaffMember author, EntryKind kind, LocalDate day, List<StudentId> students, int rows,
			Instant at) {
		if (rows > 0) {
			this.jdbc.sql("""
					insert into journal_entry (school_id, author_id, kind, txid, created_at)
					values (?, ?, ?, txid_current(), ?)
					""").params(author.school().value(), author.id().value(), kind.code(), Timestamps.of(at)).update();
		}
		return new Written(kind, day, students, rows);
	}

	/**
	 * A mark for a student.
	 */
	public record Marked(StudentId student, Mark mark) {

	}

}
