package org.classbell.store.testing;

import java.util.ArrayList;
import java.util.List;

import org.classbell.store.roster.RosterLine;
import org.classbell.store.staff.StaffLine;
import org.classbell.store.timetable.TimetableLine;

/**
 * Import lines for tests, written as unquoted comma-separated text and numbered from line
 * 2 (after the header of a file).
 */
public final class Lines {

	private Lines() {
	}

	public static List<RosterLine> roster(String... rows) {
		List<RosterLine> lines = new ArrayList<>();
		for (int i = 0; i < rows.length; i++) {
			String[] f = rows[i].split(",", -1);
			if (f.length != 9 && f.length != 10) {
				throw new IllegalArgumentException("Expected 9 or 10 fields in " + rows[i]);
			}
			lines.add(new RosterLine(i + 2, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8],
					(f.length == 10) ? f[9] : null));
		}
		return lines;
	}

	public static List<StaffLine> staff(String... rows) {
		List<StaffLine> lines = new ArrayList<>();
		for (int i = 0; i < rows.length; i++) {
			String[] f = fields(rows[i], 6);
			lines.add(new StaffLine(i + 2, f[0], f[1], f[2], f[3], f[4], f[5]));
		}
		return lines;
	}

	public static List<TimetableLine> timetable(String... rows) {
		List<TimetableLine> lines = new ArrayList<>();
		for (int i = 0; i < rows.length; i++) {
			String[] f = fields(rows[i], 7);
			lines.add(new TimetableLine(i + 2, f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
		}
		return lines;
	}

	private static String[] fields(String row, int count) {
		String[] fields = row.split(",", -1);
		if (fields.length != count) {
			throw new IllegalArgumentException("Expected " + count + " fields in " + row);
		}
		return fields;
	}

}
