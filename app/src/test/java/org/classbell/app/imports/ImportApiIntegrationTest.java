package org.classbell.app.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.classbell.app.ApiIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class ImportApiIntegrationTest extends ApiIntegrationTest {

	static final String ROSTER_HEADER = "class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent\n";

	static final String ROSTER = ROSTER_HEADER + """
			5А,1,Иванов,Пётр,Сергеевич,"Иванова Мария Петровна",8 (912) 345-67-89,ru,yes
			5А,1,Иванов,Пётр,Сергеевич,Иванов Сергей Олегович,+7 912 000-11-22,,
			"5 а",2,"Петрова","Анна",,,,,
			6Б,1,Иванова,Ольга,,"Иванова Мария Петровна",+79123456789,ru,yes
			1А,1,"О'Нил","Мэри, младшая",,"Смирнова Ксения",89005554433,en,yes
			""";

	@Autowired
	JdbcClient jdbc;

	@Test
	void importsARosterWithByteOrderMarkQuotesCyrillicAndMessyPhones() {
		Response imported = postAsAdmin("/api/import/roster", "text/csv", withBom(ROSTER));

		assertThat(imported.status()).isEqualTo(200);
		JsonNode summary = imported.json().get("summary");
		assertThat(summary.get("lines").asInt()).isEqualTo(5);
		assertThat(summary.get("students").get("created").asInt()).isEqualTo(4);
		assertThat(summary.get("guardians").get("created").asInt()).isEqualTo(3);
		assertThat(imported.json().get("message").asString()).isEqualTo("Список учеников загружен: 5 строк.");
		assertThat(
				this.jdbc.sql("select full_name || ' ' || phone from guardian order by id").query(String.class).list())
			.containsExactly("Иванова Мария Петровна +79123456789", "Иванов Сергей Олегович +79120001122",
					"Смирнова Ксения +79005554433");
		assertThat(this.jdbc
			.sql("select last_name || '|' || first_name from student where list_no = 1 and class_id = "
					+ "(select id from school_class where name = '1А')")
			.query(String.class)
			.single()).isEqualTo("О'Нил|Мэри, младшая");
	}

	@Test
	void importsIntoTheConfiguredSchool() {
		postAsAdmin("/api/import/roster", "text/csv", ROSTER);

		assertThat(this.jdbc.sql("select distinct s.name from student st join school s on s.id = st.school_id")
			.query(String.class)
			.list()).containsExactly("Школа №1");
	}

	@Test
	void changesNothingWhenTheSameRosterIsImportedAgain() {
		postAsAdmin("/api/import/roster", "text/csv", ROSTER);
		long audit = this.jdbc.sql("select count(*) from audit_log").query(Long.class).single();

		Response again = postAsAdmin("/api/import/roster", "text/csv", ROSTER);

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("summary").get("students").get("unchanged").asInt()).isEqualTo(4);
		assertThat(again.json().get("summary").get("guardians").get("unchanged").asInt()).isEqualTo(3);
		assertThat(this.jdbc.sql("select count(*) from audit_log").query(Long.class).single()).isEqualTo(audit);
	}

	@Test
	void listsEveryBadLineAndImportsNothing() {
		String bad = ROSTER_HEADER + """
				5А,1,Иванов,Пётр,,,,,
				5А,x,Петрова,Анна,,Петрова Ирина,12345,de,maybe
				5А,3,Сидоров
				,4,,Олег,,,,,
				""";

		Response rejected = postAsAdmin("/api/import/roster", "text/csv", bad);

		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.json().get("message").asString())
			.isEqualTo("Файл не загружен: 7 ошибок. Исправьте и загрузите его снова: ничего не изменилось.");
		List<String> errors = new ArrayList<>();
		rejected.json()
			.get("errors")
			.forEach((error) -> errors.add(error.get("line").asInt() + " " + error.get("column").asString("") + " "
					+ error.get("problem").asString()));
		assertThat(errors).containsExactly("3 list_no bad_number", "3 guardian_phone bad_phone",
				"3 guardian_language bad_language", "3 consent bad_consent", "4  bad_field_count", "5 class required",
				"5 last_name required");
		assertThat(rejected.json().get("errors").get(1).get("message").asString())
			.isEqualTo("guardian_phone: «12345» — не номер телефона, на который можно отправить SMS");
		assertThat(this.jdbc.sql("select count(*) from student").query(Long.class).single()).isZero();
	}

	@Test
	void explainsProblemsInEnglishWhenAskedTo() {
		Response rejected = postAsAdmin("/api/import/roster", "text/csv", ROSTER_HEADER + "5А,1,,Пётр,,,,,\n",
				"Accept-Language", "en");

		assertThat(rejected.json().get("message").asString())
			.isEqualTo("File not imported: 1 problem. Fix and upload it again: nothing was changed.");
		assertThat(rejected.json().get("errors").get(0).get("message").asString())
			.isEqualTo("last_name: a value is required, but the field is empty");
	}

	@Test
	void refusesAHeaderWithoutTheColumnsOfTheFormat() {
		Response rejected = postAsAdmin("/api/import/roster", "text/csv", "class,name\n5А,Иванов\n");

		assertThat(rejected.status()).isEqualTo(400);
		List<String> missing = new ArrayList<>();
		rejected.json().get("errors").forEach((error) -> missing.add(error.get("value").asString()));
		assertThat(missing).containsExactly("list_no", "last_name", "first_name", "middle_name", "guardian_name",
				"guardian_phone", "guardian_language", "consent");
	}

	@Test
	void refusesAnEmptyFile() {
		assertThat(
				postAsAdmin("/api/import/roster", "text/csv", "").json().get("errors").get(0).get("problem").asString())
			.isEqualTo("empty_file");
		assertThat(postAsAdmin("/api/import/roster", "text/csv", ROSTER_HEADER).json()
			.get("errors")
			.get(0)
			.get("problem")
			.asString()).isEqualTo("empty_file");
	}

	@Test
	void refusesAQuoteThatIsNeverClosed() {
		Response rejected = postAsAdmin("/api/import/roster", "text/csv", ROSTER_HEADER + "5А,1,\"Иванов,Пётр,,,,,\n");

		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.json().get("errors").get(0).get("problem").asString()).isEqualTo("malformed");
	}

	@Test
	void readsSemicolonSeparatedFilesAsSpreadsheetsSaveThem() {
		String semicolons = ROSTER_HEADER.replace(',', ';') + "5А;1;Иванов;Пётр;;;;;\n";

		Response imported = postAsAdmin("/api/import/roster", "text/csv", semicolons);

		assertThat(imported.status()).isEqualTo(200);
		assertThat(imported.json().get("summary").get("students").get("created").asInt()).isEqualTo(1);
	}

	@Test
	void numbersLinesOfTheFileEvenWithQuotedLineBreaks() {
		String text = ROSTER_HEADER + "5А,1,Иванов,Пётр,,\"Иванова\nМария\",,,\n5А,x,Петрова,Анна,,,,,\n";

		Response rejected = postAsAdmin("/api/import/roster", "text/csv", text);

		assertThat(rejected.json().get("errors").get(0).get("line").asInt()).isEqualTo(4);
	}

	@Test
	void takesTheFileUploadedAsAForm() {
		String boundary = "classbell-boundary";
		String form = "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"file\"; filename=\"roster.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + ROSTER + "\r\n--" + boundary + "--\r\n";

		Response imported = postAsAdmin("/api/import/roster", "multipart/form-data; boundary=" + boundary, form);

		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().get("summary").get("students").get("created").asInt()).isEqualTo(4);
	}

	@Test
	void importsStaffAndTimetable() {
		postAsAdmin("/api/import/roster", "text/csv", ROSTER);
		Response staff = postAsAdmin("/api/import/staff", "text/csv", """
				last_name,first_name,middle_name,role,class_teacher_of,teaches
				Соколова,Елена,Викторовна,teacher,5А,5А:Алгебра;5А:Геометрия
				Белова,Ирина,,admin,,
				""");
		Response timetable = postAsAdmin("/api/import/timetable", "text/csv", """
				class,subgroup,weekday,lesson_no,starts_at,subject,teacher
				5А,,1,1,08:30,Алгебра,Соколова Елена
				5А,,1,2,09:25,Геометрия,Соколова Елена
				""");

		assertThat(staff.status()).isEqualTo(200);
		assertThat(staff.json().get("summary").get("staff").get("created").asInt()).isEqualTo(2);
		assertThat(timetable.status()).isEqualTo(200);
		assertThat(timetable.json().get("message").asString()).isEqualTo("Расписание загружено: 2 урока в неделю.");
	}

	@Test
	void refusesATimetableOfTeachersNotOnTheStaff() {
		Response rejected = postAsAdmin("/api/import/timetable", "text/csv", """
				class,subgroup,weekday,lesson_no,starts_at,subject,teacher
				5А,,1,1,08:30,Алгебра,Соколова Елена
				""", "Accept-Language", "en");

		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.json().get("errors").get(0).get("message").asString())
			.isEqualTo("teacher: no staff member is called “Соколова Елена”; import the staff first");
	}

	private static byte[] withBom(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[bytes.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(bytes, 0, withBom, 3, bytes.length);
		return withBom;
	}

}
