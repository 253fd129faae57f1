package org.classbell.app.console.classes;

import java.time.ZoneId;
import java.util.List;

import org.classbell.app.console.Viewer;
import org.classbell.store.invite.Invites;
import org.classbell.store.invite.IssuedInvite;
import org.classbell.store.roster.SchoolClass;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Invite sheets of a class: {@code POST /console/classes/{id}/invites} issues a code for
 * each guardian of the class linked in no messenger (one for all their children in it)
 * and shows the printable sheet; {@code POST /console/classes/{id}/invites/pdf} makes the
 * same sheet a PDF.
 * <p>
 * Codes are stored only as hashes and shown only once, so the PDF cannot be made from the
 * database. The sheet's PDF form carries the sheet's codes back instead; the server
 * hashes each, keeps those issued for a guardian of this class of the viewer's school
 * that are still unused and unexpired, and prints those — a code that is not one of them
 * is left out, and none at all is a 400 page. Nothing is stored in plain text, nothing is
 * issued twice, and a code could not be printed for another class.
 */
@Controller
class InviteSheetController {

	/** More codes than a class has guardians: a bigger form is refused. */
	static final int MAX_CODES = 300;

	private final ClassFinder finder;

	private final Invites invites;

	private final InviteSlips slips;

	private final InviteSheetPdf pdf;

	private final Schools schools;

	InviteSheetController(ClassFinder finder, Invites invites, InviteSlips slips, InviteSheetPdf pdf, Schools schools) {
		this.finder = finder;
		this.invites = invites;
		this.slips = slips;
		this.pdf = pdf;
		this.schools = schools;
	}

	@PostMapping("/console/classes/{id}/invites")
	ModelAndView issue(@ModelAttribute(name = "viewer", binding = false) Viewer viewer, @PathVariable long id) {
		return this.finder.find(viewer, id).map((schoolClass) -> {
			List<IssuedInvite> issued = this.invites.forUnlinkedOfClass(viewer.school(), schoolClass.id(),
					viewer.actor());
			return new ModelAndView("invite-sheet").addObject("schoolClass", schoolClass)
				.addObject("slips", slips(viewer, schoolClass, issued));
		}).orElseGet(ClassFinder::missing);
	}

	@PostMapping(path = "/console/classes/{id}/invites/pdf")
	ResponseEntity<byte[]> pdf(@ModelAttribute(name = "viewer", binding = false) Viewer viewer, @PathVariable long id,
			@RequestParam(name = "code", required = false) List<String> codes) {
		SchoolClass schoolClass = this.finder.find(viewer, id).orElseThrow(NoSheet::new);
		if (codes == null || codes.isEmpty() || codes.size() > MAX_CODES
				|| codes.stream().anyMatch((code) -> code.length() > 40)) {
			throw new NoSheet();
		}
		List<IssuedInvite> valid = this.invites.stillValid(viewer.school(), schoolClass.id(), codes);
		if (valid.isEmpty()) {
			throw new NoSheet();
		}
		byte[] document = this.pdf.render(slips(viewer, schoolClass, valid));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("invites-" + schoolClass.id().value() + ".pdf")
						.build()
						.toString())
			.body(document);
	}

	@ExceptionHandler(NoSheet.class)
	ModelAndView noSheet() {
		ModelAndView page = new ModelAndView("invite-sheet-gone");
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

	private List<Slip> slips(Viewer viewer, SchoolClass schoolClass, List<IssuedInvite> issued) {
		ZoneId zone = this.schools.find(viewer.school()).map(School::timeZone).orElse(ZoneId.systemDefault());
		return this.slips.of(issued, viewer.schoolName(), schoolClass, zone);
	}

	/**
	 * No sheet to print: no codes sent, too many, or none of them still valid here.
	 */
	static final class NoSheet extends RuntimeException {

		NoSheet() {
			super(null, null, false, false);
		}

	}

}
