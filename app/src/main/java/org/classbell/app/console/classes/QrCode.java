package org.classbell.app.console.classes;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as vector shapes: an SVG path for the page, rectangles for the PDF. Each
 * row's runs of dark modules are one rectangle, on a grid of {@link #size()} modules that
 * includes the quiet zone.
 */
public record QrCode(BitMatrix matrix) {

	private static final int QUIET_ZONE = 4;

	static QrCode of(String text) {
		try {
			return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN,
					QUIET_ZONE, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M)));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("No QR code for a text of " + text.length() + " characters", ex);
		}
	}

	/** Modules on a side, quiet zone included. */
	public int size() {
		return this.matrix.getWidth();
	}

	/** The SVG {@code viewBox} of the code: one unit a module. */
	public String viewBox() {
		return "0 0 " + size() + " " + size();
	}

	/** The dark modules as one SVG path. */
	public String svgPath() {
		StringBuilder path = new StringBuilder();
		runs((x, y, length) -> path.append('M')
			.append(x)
			.append(' ')
			.append(y)
			.append('h')
			.append(length)
			.append("v1h-")
			.append(length)
			.append('z'));
		return path.toString();
	}

	/**
	 * Calls back with each horizontal run of dark modules: column, row (from the top) and
	 * length.
	 */
	void runs(Run run) {
		int size = size();
		for (int y = 0; y < size; y++) {
			int x = 0;
			while (x < size) {
				if (!this.matrix.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < size && this.matrix.get(x, y)) {
					x++;
				}
				run.at(start, y, x - start);
			}
		}
	}

	/**
	 * A run of dark modules.
	 */
	@FunctionalInterface
	interface Run {

		void at(int x, int y, int length);

	}

}
