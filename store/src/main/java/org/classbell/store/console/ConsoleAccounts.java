package org.classbell.store.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.classbell.store.ClassId;
import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;
import org.classbell.store.staff.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may use the console, read fresh on each request: a school by its id, an active
 * staff member with their role and the classes they lead.
 */
@Component
public class ConsoleAccounts {

	private final JdbcClient jdbc;

	ConsoleAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The school's name, if it exists.
	 */
	public Optional<String> schoolName(SchoolId school) {
		return this.jdbc.sql("select name from school where id = ?")
			.param(school.value())
			.query(String.class)
			.optional();
	}

	/**
	 * The staff member of the school, if they are active.
	 */
	public Optional<ConsoleStaff> staff(SchoolId school, StaffId staff) {
		return this.jdbc
			.sql("""
					select s.role, s.last_name, s.first_name, s.middle_name, sc.name as school_name,
					       coalesce((select array_agg(c.id order by c.grade, c.name_key) from class_teacher t
					                 join school_class c on c.id = t.class_id and c.school_id = s.school_id where t.staff_id = s.id), '{}') as class_ids,
					       coalesce((select array_agg(c.name order by c.grade, c.name_key) from class_teacher t
					                 join school_class c on c.id = t.class_id and c.school_id = s.school_id where t.staff_id = s.id), '{}') as class_names
					from staff s join school sc on sc.id = s.school_id
					where s.id = ? and s.school_id = ? and s.active
					""")
			.params(staff.value(), school.value())
			.query((rs, row) -> {
				Long[] ids = (Long[]) rs.getArray("class_ids").getArray();
				String[] names = (String[]) rs.getArray("class_names").getArray();
				List<ConsoleStaff.LedClass> classes = new ArrayList<>();
				for (int i = 0; i < ids.length; i++) {
					classes.add(new ConsoleStaff.LedClass(new ClassId(ids[i]), names[i]));
				}
				String name = String
					.join(" ", rs.getString("last_name"), rs.getString("first_name"), rs.getString("middle_name"))
					.strip();
				return new ConsoleStaff(school, rs.getString("school_name"), staff,
						Role.parse(rs.getString("role")).orElseThrow(), name, classes);
			})
			.optional();
	}

}
