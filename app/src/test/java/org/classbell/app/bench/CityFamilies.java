package org.classbell.app.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.classbell.store.Names;

/**
 * The students of a {@link City}, their subgroups and their guardians: one for each
 * student and a second for every other one, 60% of them linked to Telegram, all with
 * consent.
 */
final class CityFamilies {

	private static final String[] BOYS = { "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
			"Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев" };

	private static final String[] BOY_NAMES = { "Александр", "Михаил", "Максим", "Артём", "Лев", "Матвей", "Иван",
			"Дмитрий", "Марк", "Тимофей", "Егор", "Фёдор" };

	private static final String[] GIRL_NAMES = { "София", "Анна", "Мария", "Алиса", "Ева", "Виктория", "Полина",
			"Варвара", "Василиса", "Александра", "Ксения", "Вера" };

	private static final String[] FATHERS = { "Сергей", "Андрей", "Алексей", "Павел", "Олег", "Николай" };

	private static final String[] MOTHERS = { "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана" };

	private final City city;

	private final City.Shape shape;

	CityFamilies(City city) {
		this.city = city;
		this.shape = city.shape();
	}

	long[] students(Connection connection, long[] schools, long[] classes) throws SQLException {
		long before = Copy.maxId(connection, "student");
		try (Copy copy = this.city
			.copy("student (school_id, class_id, list_no, last_name, first_name, last_name_key, first_name_key)")) {
			for (int k = 0; k < classes.length; k++) {
				for (int n = 1; n <= City.CLASS_SIZE; n++) {
					int i = k * City.CLASS_SIZE + n;
					boolean girl = i % 2 == 0;
					String last = BOYS[(i * 7) % BOYS.length] + (girl ? "а" : "");
					String first = girl ? GIRL_NAMES[(i * 5) % GIRL_NAMES.length]
							: BOY_NAMES[(i * 5) % BOY_NAMES.length];
					copy.value(schools[k / this.shape.classes()])
						.value(classes[k])
						.value(n)
						.value(last)
						.value(first)
						.value(Names.key(last))
						.value(Names.key(first))
						.row();
				}
			}
			this.city.wrote(copy.rows());
		}
		return Copy.ids(connection, "student", before, classes.length * City.CLASS_SIZE);
	}

	void members(Connection connection, long[] subgroups, long[] students) throws SQLException {
		try (Copy copy = this.city.copy("subgroup_member (subgroup_id, student_id)")) {
			for (int i = 0; i < students.length; i++) {
				long group = subgroups[(i / City.CLASS_SIZE) * 2 + i % 2];
				if (group != 0) {
					copy.value(group).value(students[i]).row();
				}
			}
			this.city.wrote(copy.rows());
		}
	}

	/**
	 * The guardians: the first of each student, and a second of every other one; the
	 * guardian numbered {@code g} (from 0) is on Telegram when {@code g % 5 < 3}.
	 */
	void guardians(Connection connection, long[] schools, long[] students, long[] staff) throws SQLException {
		long before = Copy.maxId(connection, "guardian");
		List<Integer> children = new ArrayList<>();
		try (Copy copy = this.city
			.copy("guardian (school_id, full_name, name_key, phone, language, consent_at, consent_source)")) {
			for (int i = 0; i < students.length; i++) {
				for (int second = 0; second <= ((i % 2 == 0) ? 1 : 0); second++) {
					int g = children.size();
					String last = BOYS[((i + 1) * 7) % BOYS.length] + ((second == 0) ? "а" : "");
					String name = last + " "
							+ ((second == 0) ? MOTHERS[g % MOTHERS.length] : FATHERS[g % FATHERS.length]) + " "
							+ ((second == 0) ? "Петровна" : "Иванович");
					boolean telegram = g % 5 < 3;
					copy.value(schools[i / this.shape.studentsPerSchool()])
						.value(name)
						.value(Names.key(name))
						.value(City.phone(g))
						.value((g % 20 == 0) ? "en" : "ru")
						.value("2026-09-01T09:00:00+03:00")
						.value(telegram ? "telegram" : "roster")
						.row();
					children.add(i);
				}
			}
			this.city.wrote(copy.rows());
		}
		long[] ids = Copy.ids(connection, "guardian", before, children.size());
		try (Copy links = this.city.copy("student_guardian (student_id, guardian_id)");
				Copy telegram = this.city
					.copy("chat_link (school_id, user_id, chat_id, guardian_id, linked_at, consented_at)")) {
			for (int g = 0; g < ids.length; g++) {
				links.value(students[children.get(g)]).value(ids[g]).row();
				if (g % 5 < 3) {
					long user = City.guardianUser(g);
					telegram.value(schools[children.get(g) / this.shape.studentsPerSchool()])
						.value(user)
						.value(user)
						.value(ids[g])
						.value("2026-09-02T20:00:00+03:00")
						.value("2026-09-02T20:01:00+03:00")
						.row();
				}
			}
			this.city.wrote(links.rows() + telegram.rows());
		}
	}

}
