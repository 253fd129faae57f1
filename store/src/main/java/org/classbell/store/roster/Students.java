package org.classbell.store.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.classbell.store.ClassId;
import org.classbell.store.Match;
import org.classbell.store.Names;
import org.classbell.store.SchoolId;
import org.classbell.store.StudentId;
import org.classbell.store.SubgroupId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The students of the schools, found the way teachers name them.
 */
@Repository
public class Students {

	private static final int SUGGESTIONS = 5;

	private static final int MAX_DISTANCE = 3;

	private static final String CARD = """
			select s.id, s.class_id, c.name as class_name, s.list_no, s.last_name, s.first_name, s.middle_name,
			       s.last_name_key, s.first_name_key
			from student s join school_class c on c.id = s.class_id
			""";

	private final JdbcClient jdbc;

	Students(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The active student of these classes that a teacher means. A surname matches in any
	 * case and with ё as е; a whole surname wins over names it begins (Иванов over
	 * Иванова), and the start of a surname finds the one student whose surname begins so.
	 * Initials or a first name narrow the choice.
	 */
	public Match<StudentCard> match(Collection<ClassId> classes, StudentRef ref) {
		if (classes.isEmpty()) {
			return new Match.NotFound<>(List.of());
		}
		List<Long> ids = classes.stream().map(ClassId::value).toList();
		if (ref instanceof StudentRef.ByNumber number) {
			List<StudentCard> found = this.jdbc.sql(CARD + """
					where s.active and s.class_id in (:classes) and s.list_no = :listNo order by c.name_key
					""").param("classes", ids).param("listNo", number.listNo()).query(Students::card).list();
			return Match.of(found, List.of());
		}
		StudentRef.ByName name = (StudentRef.ByName) ref;
		List<Keyed> starting = this.jdbc.sql(CARD + """
				where s.active and s.class_id in (:classes) and s.last_name_key like :prefix escape '\\'
				order by c.name_key, s.list_no
				""").param("classes", ids).param("prefix", likePrefix(name.surname())).query(Students::keyed).list();
		List<Keyed> exact = starting.stream().filter((s) -> s.lastNameKey().equals(name.surname())).toList();
		List<StudentCard> fitting = narrow(exact, name);
		if (fitting.isEmpty()) {
			fitting = narrow(starting, name);
		}
		return fitting.isEmpty() ? new Match.NotFound<>(nearest(ids, name.surname())) : Match.of(fitting, List.of());
	}

	/**
	 * The active students of a class in class-register order.
	 */
	public List<StudentCard> ofClass(ClassId classId) {
		return this.jdbc.sql(CARD + "where s.active and s.class_id = ? order by s.list_no, s.last_name_key")
			.param(classId.value())
			.query(Students::card)
			.list();
	}

	/**
	 * The active students of a subgroup in class-register order.
	 */
	public List<StudentCard> ofSubgroup(SubgroupId subgroup) {
		return this.jdbc.sql(CARD + """
				join subgroup_member m on m.student_id = s.id
				where s.active and m.subgroup_id = ? order by s.list_no, s.last_name_key
				""").param(subgroup.value()).query(Students::card).list();
	}

	/**
	 * The school of a student, if there is such a student.
	 */
	public Optional<SchoolId> schoolOf(StudentId id) {
		return this.jdbc
			.sql("select c.school_id from student s join school_class c on c.id = s.class_id where s.id = ?")
			.param(id.value())
			.query((row, rowNum) -> new SchoolId(row.getLong(1)))
			.optional();
	}

	public Optional<StudentCard> find(StudentId id) {
		return this.jdbc.sql(CARD + "where s.id = ?").param(id.value()).query(Students::card).optional();
	}

	private static List<StudentCard> narrow(List<Keyed> students, StudentRef.ByName name) {
		return students.stream()
			.filter((s) -> s.firstNameKey().startsWith(name.given()))
			.filter((s) -> Names.key(s.card().middleName()).startsWith(name.middle()))
			.map(Keyed::card)
			.toList();
	}

	private List<StudentCard> nearest(List<Long> classes, String surname) {
		return this.jdbc.sql(CARD + "where s.active and s.class_id in (:classes)")
			.param("classes", classes)
			.query(Students::keyed)
			.list()
			.stream()
			.filter((s) -> distance(s, surname) <= MAX_DISTANCE)
			.sorted(Comparator.comparingInt((Keyed s) -> distance(s, surname)).thenComparing((s) -> s.card().listNo()))
			.limit(SUGGESTIONS)
			.map(Keyed::card)
			.toList();
	}

	private static int distance(Keyed student, String surname) {
		String key = student.lastNameKey();
		return Names.distance(key.substring(0, Math.min(key.length(), surname.length() + 1)), surname);
	}

	private static String likePrefix(String key) {
		return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static StudentCard card(ResultSet row, int rowNum) throws SQLException {
		return new StudentCard(new StudentId(row.getLong("id")), new ClassId(row.getLong("class_id")),
				row.getString("class_name"), row.getInt("list_no"), row.getString("last_name"),
				row.getString("first_name"), row.getString("middle_name"));
	}

	private static Keyed keyed(ResultSet row, int rowNum) throws SQLException {
		return new Keyed(card(row, rowNum), row.getString("last_name_key"), row.getString("first_name_key"));
	}

	private record Keyed(StudentCard card, String lastNameKey, String firstNameKey) {

	}

}
