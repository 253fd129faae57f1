package org.classbell.app.console.imports;

import java.io.IOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.classbell.app.console.Viewer;
import org.classbell.app.imports.FileFormat;
import org.classbell.app.imports.ImportKind;
import org.classbell.app.imports.ImportResult;
import org.classbell.app.imports.Imports;
import org.classbell.app.web.RefusedUpload;
import org.classbell.store.imports.ImportProblem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.WebUtils;

/**
 * {@code /console/import}: choose what a file holds and upload it; the page says what it
 * would change (or what is wrong with it, by line) before anything is changed, and
 * imports it on a second click. For those who run the school only.
 */
@Controller
@RequestMapping("/console/import")
class ImportPage {

	/** The most bad lines a page lists. */
	static final int LISTED = 100;

	/** The longest file name kept. */
	private static final int NAME = 200;

	private final ConsoleImports imports;

	private final Imports reading;

	ImportPage(ConsoleImports imports, Imports reading) {
		this.imports = imports;
		this.reading = reading;
	}

	@GetMapping
	ModelAndView form(@ModelAttribute(name = "viewer", binding = false) Viewer viewer, Locale locale) {
		viewer.requireAdmin();
		return form(null, null, HttpStatus.OK, locale);
	}

	/**
	 * Checks an uploaded file. Spring Security reads the form's CSRF token from its parts
	 * (a test checks it), but Tomcat reads no parameter at all of a form too large, so
	 * the form's action carries the token in its query too ({@code ?_csrf=}), which the
	 * console's CSRF check falls back on then ({@code UploadCsrfTokens}). The parts are
	 * read here, not before (multipart resolution is lazy), so that this page can say
	 * that the file is too large.
	 */
	@PostMapping
	ModelAndView check(@ModelAttribute(name = "viewer", binding = false) Viewer viewer, HttpServletRequest request,
			Locale locale) throws IOException {
		viewer.requireAdmin();
		MultipartHttpServletRequest form = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (form == null) {
			return form(null, "imports.error.file", HttpStatus.BAD_REQUEST, locale);
		}
		String code;
		MultipartFile file;
		try {
			// the file first: Spring reads the parts then, and tells a form too large
			file = form.getFile("file");
			code = form.getParameter("kind");
		}
		catch (MaxUploadSizeExceededException ex) {
			return tooLarge(request, locale);
		}
		catch (MultipartException | IllegalStateException ex) {
			return form(null, "imports.error.unreadable", HttpStatus.BAD_REQUEST, locale);
		}
		ImportKind kind = ImportKind.of(code).orElse(null);
		if (kind == null) {
			return form(null, "imports.error.kind", HttpStatus.BAD_REQUEST, locale);
		}
		if (file == null || (file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename()))) {
			return form(kind, "imports.error.file", HttpStatus.BAD_REQUEST, locale);
		}
		if (file.getSize() > this.imports.maxBytes()) {
			return tooLarge(request, locale);
		}
		ConsoleImports.Checked checked = this.imports.check(viewer, kind, name(file), file.getBytes());
		if (checked.result() instanceof ImportResult.Rejected rejected) {
			return problems(kind, name(file), rejected, false, locale);
		}
		if (!(checked.result() instanceof ImportResult.Applied applied)) {
			return tooLarge(request, locale);
		}
		ModelAndView page = page("import-check", kind, name(file), applied.file(), HttpStatus.OK, locale);
		changes(page, applied.summary());
		page.addObject("token", checked.token());
		return page;
	}

	/**
	 * Imports the file checked and kept under the token; a token used already is told so,
	 * and changes nothing.
	 */
	@PostMapping("/apply")
	ModelAndView apply(@ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			@RequestParam(defaultValue = "") String token, Locale locale) {
		viewer.requireAdmin();
		ConsoleImports.Done done = this.imports.apply(viewer, token).orElse(null);
		if (done == null) {
			ModelAndView page = new ModelAndView("import-done");
			page.addObject("gone", true);
			page.setStatus(HttpStatus.CONFLICT);
			return page;
		}
		if (done.result() instanceof ImportResult.Rejected rejected) {
			return problems(done.kind(), done.fileName(), rejected, true, locale);
		}
		if (!(done.result() instanceof ImportResult.Applied applied)) {
			return form(done.kind(), "imports.error.too_large", HttpStatus.CONTENT_TOO_LARGE, locale);
		}
		ModelAndView page = page("import-done", done.kind(), done.fileName(), applied.file(), HttpStatus.OK, locale);
		page.addObject("gone", false);
		changes(page, applied.summary());
		return page;
	}

	private static void changes(ModelAndView page, Record summary) {
		List<ImportChanges.Group> groups = ImportChanges.of(summary);
		page.addObject("groups", groups);
		page.addObject("anyChange", groups.stream().anyMatch(ImportChanges.Group::changes));
	}

	private ModelAndView problems(ImportKind kind, String fileName, ImportResult.Rejected rejected, boolean changed,
			Locale locale) {
		ModelAndView page = page("import-check", kind, fileName, rejected.file(), HttpStatus.BAD_REQUEST, locale);
		List<ProblemRow> rows = rejected.problems()
			.stream()
			.limit(LISTED)
			.map((problem) -> ProblemRow.of(problem, this.reading.describe(problem, locale)))
			.toList();
		page.addObject("problems", rows);
		page.addObject("problemCount", rejected.problems().size());
		page.addObject("changedSince", changed);
		page.addObject("maxSize", megabytes(locale));
		return page;
	}

	private ModelAndView tooLarge(HttpServletRequest request, Locale locale) {
		RefusedUpload.discardRest(request, this.imports.maxBytes());
		return form(null, "imports.error.too_large", HttpStatus.CONTENT_TOO_LARGE, locale);
	}

	private ModelAndView form(ImportKind chosen, String error, HttpStatus status, Locale locale) {
		ModelAndView page = new ModelAndView("import");
		page.addObject("kinds", ImportKind.values());
		page.addObject("chosen", (chosen != null) ? chosen.code() : "");
		page.addObject("error", error);
		page.addObject("maxSize", megabytes(locale));
		page.setStatus(status);
		return page;
	}

	private static ModelAndView page(String view, ImportKind kind, String fileName, FileFormat format,
			HttpStatus status, Locale locale) {
		ModelAndView page = new ModelAndView(view);
		page.addObject("kind", kind.code());
		page.addObject("kinds", ImportKind.values());
		page.addObject("chosen", kind.code());
		page.addObject("fileName", fileName);
		if (format != null) {
			page.addObject("encoding", encoding(format.encoding()));
			page.addObject("separator", separator(format.separator()));
		}
		page.setStatus(status);
		return page;
	}

	private String megabytes(Locale locale) {
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		number.setMaximumFractionDigits(1);
		return number.format(this.imports.maxBytes() / (1024.0 * 1024.0));
	}

	/** The encoding as people know it: UTF-16 whichever its byte order. */
	static String encoding(String charset) {
		return switch (charset) {
			case "UTF-16LE", "UTF-16BE", "UTF-16" -> "UTF-16";
			case "windows-1251" -> "Windows-1251";
			default -> charset;
		};
	}

	/** The message key of the separator's name. */
	static String separator(String separator) {
		return switch (separator) {
			case ";" -> "imports.separator.semicolon";
			case "\t" -> "imports.separator.tab";
			default -> "imports.separator.comma";
		};
	}

	private static String name(MultipartFile file) {
		String name = StringUtils.getFilename(StringUtils.cleanPath(String.valueOf(file.getOriginalFilename())));
		name = (name != null) ? name.strip() : "";
		return (name.length() <= NAME) ? name : name.substring(0, NAME);
	}

	/**
	 * A bad line of a file as the page lists it.
	 *
	 * @param line the line, the header being line 1
	 * @param column the column at fault, or {@code ""}
	 * @param value the value at fault, cut
	 * @param message what is wrong, in words
	 */
	record ProblemRow(long line, String column, String value, String message) {

		/** The row of a problem; its message without the column, which the row has. */
		static ProblemRow of(ImportProblem problem, String message) {
			String column = (problem.column() != null) ? problem.column() : "";
			String words = (!column.isEmpty() && message.startsWith(column + ": "))
					? message.substring(column.length() + 2) : message;
			return new ProblemRow(problem.line(), column, Imports.quoted(problem.value()), words);
		}

	}

}
