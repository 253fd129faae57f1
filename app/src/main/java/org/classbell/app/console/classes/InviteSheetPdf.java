package org.classbell.app.console.classes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Invite sheets as PDF: A4 pages of six slips in two columns, dashed cut lines around
 * each, the QR codes (one per messenger, each under its name when there are several)
 * drawn as vector rectangles. The text is set in Liberation Sans (SIL Open Font License
 * 1.1), which OpenPDF's jar carries as its fallback font: it has Cyrillic, which the PDF
 * standard fonts lack, and no system font is needed.
 */
@Component
class InviteSheetPdf {

	private static final Logger log = LoggerFactory.getLogger(InviteSheetPdf.class);

	/** The font, from the OpenPDF jar. */
	static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

	private static final float MARGIN = 28;

	private static final int COLUMNS = 2;

	private static final int ROWS = 3;

	private static final float PAD = 10;

	private static final float QR_SIDE = 110;

	/** The side of each QR code on a slip with several. */
	private static final float SMALL_QR_SIDE = 72;

	/** The space below each of several QR codes. */
	private static final float QR_GAP = 4;

	/** The height of a QR code's caption, the messenger's name. */
	private static final float CAPTION = 11;

	private final BaseFont font;

	InviteSheetPdf() {
		try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
			this.font = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
					in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF font " + FONT + " is missing from the class path", ex);
		}
	}

	byte[] render(List<Slip> slips) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle("ClassBell");
		document.open();
		float width = (PageSize.A4.getWidth() - 2 * MARGIN) / COLUMNS;
		float height = (PageSize.A4.getHeight() - 2 * MARGIN) / ROWS;
		for (int i = 0; i < slips.size(); i++) {
			int place = i % (COLUMNS * ROWS);
			if (i > 0 && place == 0) {
				document.newPage();
			}
			float left = MARGIN + (place % COLUMNS) * width;
			float top = PageSize.A4.getHeight() - MARGIN - (place / COLUMNS) * height;
			slip(writer.getDirectContent(), slips.get(i), left, top, width, height);
		}
		document.close();
		return out.toByteArray();
	}

	private void slip(PdfContentByte canvas, Slip slip, float left, float top, float width, float height) {
		canvas.saveState();
		canvas.setLineWidth(0.6f);
		canvas.setLineDash(4, 3, 0);
		canvas.setGrayStroke(0.35f);
		canvas.rectangle(left, top - height, width, height);
		canvas.stroke();
		canvas.restoreState();
		float bottom = top - height + PAD - 2;
		if (slip.severalMessengers()) {
			severalCodes(canvas, slip, left, top, width, bottom);
			return;
		}
		float textRight = left + width - PAD;
		if (!slip.links().isEmpty()) {
			qr(canvas, slip.links().get(0).qr(), textRight - QR_SIDE, top - PAD - QR_SIDE, QR_SIDE);
			textRight -= QR_SIDE + 6;
		}
		float belowQr = top - PAD - QR_SIDE - 4;
		ColumnText head = new ColumnText(canvas);
		head.setSimpleColumn(left + PAD, belowQr, textRight, top - PAD);
		head(head, slip);
		if (ColumnText.hasMoreText(go(head))) {
			// names too long to sit beside the QR code go on below it
			head.setSimpleColumn(left + PAD, bottom, left + width - PAD, belowQr);
			go(head);
			belowQr = head.getYLine() - 2;
		}
		ColumnText body = new ColumnText(canvas);
		body.setSimpleColumn(left + PAD, bottom, left + width - PAD, belowQr);
		body.addElement(code(slip, 18));
		slip.links().forEach((link) -> body.addElement(paragraph(link.link(), 8, 3)));
		body(body, slip);
		finish(body);
	}

	/**
	 * A slip with a code for each of several messengers: the codes one above the other on
	 * the right, each under its messenger's name; the words beside them, then below them
	 * across the slip.
	 */
	private void severalCodes(PdfContentByte canvas, Slip slip, float left, float top, float width, float bottom) {
		float right = left + width - PAD;
		float y = top - PAD;
		for (SlipLink link : slip.links()) {
			ColumnText caption = new ColumnText(canvas);
			caption.setSimpleColumn(right - SMALL_QR_SIDE, y - CAPTION, right, y);
			Paragraph name = new Paragraph(link.messenger(), new Font(this.font, 10));
			name.setLeading(10);
			name.setAlignment(Element.ALIGN_CENTER);
			caption.addElement(name);
			go(caption);
			qr(canvas, link.qr(), right - SMALL_QR_SIDE, y - CAPTION - SMALL_QR_SIDE, SMALL_QR_SIDE);
			y -= CAPTION + SMALL_QR_SIDE + QR_GAP;
		}
		ColumnText text = new ColumnText(canvas);
		text.setSimpleColumn(left + PAD, y, right - SMALL_QR_SIDE - 6, top - PAD);
		head(text, slip);
		text.addElement(code(slip, 15));
		for (SlipLink link : slip.links()) {
			Paragraph line = new Paragraph();
			// a no-break space: the label stays with the link, which breaks where it must
			line.add(new Phrase(link.messenger() + ":\u00a0" + link.link(), new Font(this.font, 7.5f)));
			line.setLeading(9);
			line.setSpacingAfter(2);
			text.addElement(line);
		}
		body(text, slip);
		if (ColumnText.hasMoreText(go(text))) {
			// on across the slip, up into the gap below the last code
			text.setSimpleColumn(left + PAD, bottom, right, Math.min(y + QR_GAP, text.getYLine()));
			finish(text);
		}
	}

	private void head(ColumnText column, Slip slip) {
		column.addElement(paragraph(slip.heading(), 11, 2));
		column.addElement(paragraph(slip.school(), 8, 3));
		column.addElement(paragraph(slip.classLine(), 9.5f, 2));
		column.addElement(paragraph(slip.childrenLine(), 9.5f, 2));
		column.addElement(paragraph(slip.guardianLine(), 9.5f, 1));
	}

	private Paragraph code(Slip slip, float size) {
		Paragraph code = new Paragraph();
		code.add(new Phrase(slip.codeLabel() + " ", new Font(this.font, 9)));
		code.add(new Phrase(slip.groupedCode(), new Font(this.font, size)));
		code.setLeading(size + 3);
		code.setSpacingAfter(2);
		return code;
	}

	private void body(ColumnText column, Slip slip) {
		for (int i = 0; i < slip.steps().size(); i++) {
			column.addElement(paragraph((i + 1) + ". " + slip.steps().get(i), 8, 1.5f));
		}
		column.addElement(paragraph(slip.expires(), 7.5f, 0));
	}

	private static void finish(ColumnText column) {
		if (ColumnText.hasMoreText(go(column))) {
			log.warn("An invite slip's text did not fit on its slip; the PDF lacks its end");
		}
	}

	private Paragraph paragraph(String text, float size, float spacing) {
		Paragraph paragraph = new Paragraph(text, new Font(this.font, size));
		paragraph.setLeading(size * 1.2f);
		paragraph.setSpacingAfter(spacing);
		paragraph.setAlignment(Element.ALIGN_LEFT);
		return paragraph;
	}

	private static int go(ColumnText column) {
		try {
			return column.go();
		}
		catch (com.lowagie.text.DocumentException ex) {
			throw new IllegalStateException("A slip could not be laid out", ex);
		}
	}

	private static void qr(PdfContentByte canvas, QrCode qr, float x, float y, float side) {
		float module = side / qr.size();
		canvas.saveState();
		canvas.setGrayFill(0);
		qr.runs((column, row, length) -> canvas.rectangle(x + column * module, y + side - (row + 1) * module,
				length * module, module));
		canvas.fill();
		canvas.restoreState();
	}

}
