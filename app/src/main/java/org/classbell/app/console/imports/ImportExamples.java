package org.classbell.app.console.imports;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.classbell.app.console.Viewer;
import org.classbell.app.imports.ImportKind;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /console/import/example/<kind>.csv}: a file to start from, with the header and
 * two example lines, in UTF-8 with a byte order mark and semicolons, as a spreadsheet in
 * Russian opens it.
 */
@Controller
class ImportExamples {

	private static final Map<ImportKind, String> LINES = Map.of(ImportKind.ROSTER, """
			5А;1;Иванов;Пётр;Сергеевич;Иванова Мария Петровна;8 (912) 345-67-89;ru;yes
			5А;2;Петрова;Анна;;;;;
			""", ImportKind.STAFF, """
			Иванова;Мария;Петровна;teacher;5А;"5А:Алгебра;5А:Геометрия"
			Сидоров;Олег;;admin;;
			""", ImportKind.TIMETABLE, """
			5А;;1;1;08:30;Алгебра;Иванова Мария
			5А;1;1;2;09:25;Английский язык;Сидоров Олег
			""");

	@GetMapping("/console/import/example/{kind}.csv")
	ResponseEntity<byte[]> example(@ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			@PathVariable String kind) {
		viewer.requireAdmin();
		ImportKind found = ImportKind.of(kind).orElse(null);
		if (found == null) {
			return ResponseEntity.notFound().build();
		}
		String text = "\uFEFF" + String.join(";", found.columns()) + "\r\n" + LINES.get(found).replace("\n", "\r\n");
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(found.code() + "-example.csv").build().toString())
			.body(text.getBytes(StandardCharsets.UTF_8));
	}

}
