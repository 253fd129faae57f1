package org.classbell.app.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * How big the benchmark's city and its loads are.
 *
 * @param name {@code city} or {@code small}, or {@code custom} when an option changed one
 * @param schools schools in the city
 * @param studentsPerSchool students in each school, in classes of 25
 * @param weeks weeks of journal
 * @param notifications notifications each dispatch run sends
 * @param updates {@code /absent} updates sent to the bot
 * @param teachers teachers sending them at once
 * @param rosterRows rows of the roster file imported
 */
record Scale(String name, int schools, int studentsPerSchool, int weeks, int notifications, int updates, int teachers,
		int rosterRows) {

	/** A city: 100,000 students and 150,000 guardians. */
	static final Scale CITY = new Scale("city", 100, 1000, 4, 100_000, 5_000, 50, 100_000);

	/** A smoke run that shows the benchmark still works, in well under two minutes. */
	static final Scale SMALL = new Scale("small", 2, 500, 2, 3_000, 400, 10, 3_000);

	static final String USAGE = """
			Usage: ./bench [--scale city|small] [--schools N] [--students-per-school N] [--weeks K]
			               [--notifications N] [--updates N] [--teachers N] [--roster-rows N]
			  --scale city (the default): 100 schools of 1,000 students, 4 weeks of journal, 100,000 notifications
			          dispatched by one node and by two, 5,000 /absent updates from 50 teachers at once and 1,000
			          more at 20 a second, a 100,000-row roster
			  --scale small: 2 schools of 500 students, 2 weeks, 3,000 notifications, 400 updates from 10
			          teachers (and 80 at 20 a second), 3,000 roster rows
			Runs on an embedded PostgreSQL of its own, or on the empty database SPRING_DATASOURCE_URL names
			(with SPRING_DATASOURCE_USERNAME and _PASSWORD).""";

	/**
	 * The scale the command line asks for.
	 * @throws IllegalArgumentException with what is wrong
	 */
	static Scale parse(String... args) {
		Scale scale = CITY;
		List<String> changed = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String option = args[i];
			if (option.equals("--help") || option.equals("-h")) {
				throw new IllegalArgumentException("");
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException(option + " needs a value");
			}
			String value = args[++i];
			if (option.equals("--scale")) {
				scale = switch (value) {
					case "city" -> CITY;
					case "small" -> SMALL;
					default -> throw new IllegalArgumentException("--scale is city or small, not " + value);
				};
				continue;
			}
			changed.add(option);
			changed.add(value);
		}
		for (int i = 0; i < changed.size(); i += 2) {
			scale = scale.with(changed.get(i), number(changed.get(i), changed.get(i + 1)));
		}
		return scale.checked();
	}

	private Scale with(String option, int n) {
		return switch (option) {
			case "--schools" -> new Scale("custom", n, this.studentsPerSchool, this.weeks, this.notifications,
					this.updates, this.teachers, this.rosterRows);
			case "--students-per-school" -> new Scale("custom", this.schools, n, this.weeks, this.notifications,
					this.updates, this.teachers, this.rosterRows);
			case "--weeks" -> new Scale("custom", this.schools, this.studentsPerSchool, n, this.notifications,
					this.updates, this.teachers, this.rosterRows);
			case "--notifications" -> new Scale("custom", this.schools, this.studentsPerSchool, this.weeks, n,
					this.updates, this.teachers, this.rosterRows);
			case "--updates" -> new Scale("custom", this.schools, this.studentsPerSchool, this.weeks,
					this.notifications, n, this.teachers, this.rosterRows);
			case "--teachers" -> new Scale("custom", this.schools, this.studentsPerSchool, this.weeks,
					this.notifications, this.updates, n, this.rosterRows);
			case "--roster-rows" -> new Scale("custom", this.schools, this.studentsPerSchool, this.weeks,
					this.notifications, this.updates, this.teachers, n);
			default -> throw new IllegalArgumentException("Unknown option " + option);
		};
	}

	private static int number(String option, String value) {
		try {
			int n = Integer.parseInt(value.replace("_", "").replace(",", ""));
			if (n < 1) {
				throw new NumberFormatException();
			}
			return n;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(option + " takes a whole number above 0, not " + value);
		}
	}

	/**
	 * This scale, if its figures go together.
	 * @throws IllegalArgumentException with what does not
	 */
	Scale checked() {
		int studentsPerSchool = this.studentsPerSchool;
		int teachers = this.teachers;
		int updates = this.updates;
		if (studentsPerSchool % City.CLASS_SIZE != 0) {
			throw new IllegalArgumentException("--students-per-school comes in whole classes of 25");
		}
		int classes = this.schools * (studentsPerSchool / City.CLASS_SIZE);
		if (teachers > classes) {
			throw new IllegalArgumentException("--teachers: the city has " + classes + " class teachers");
		}
		if (updates / teachers > City.CLASS_SIZE * 10) {
			throw new IllegalArgumentException(
					"--updates: a teacher marks each of 25 students for 10 lessons at most; add teachers");
		}
		return this;
	}

}
