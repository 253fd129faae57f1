package org.classbell.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used so far by this JVM and by the PostgreSQL processes of this machine (the
 * postmaster's children that ended count through it), to tell where a phase's time went;
 * 0 for PostgreSQL where {@code /proc} shows none, such as a database on another host.
 *
 * @param app seconds of CPU of this JVM
 * @param database seconds of CPU of PostgreSQL
 */
record Cpu(double app, double database) {

	private static final double TICKS = 100;

	static Cpu now() {
		double app = (ManagementFactory
			.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
					? os.getProcessCpuTime() / 1e9 : 0;
		return new Cpu(app, postgres());
	}

	Cpu since(Cpu start) {
		return new Cpu(this.app - start.app, this.database - start.database);
	}

	private static double postgres() {
		long ticks = 0;
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path process : processes) {
				try {
					String stat = Files.readString(process.resolve("stat"));
					int end = stat.lastIndexOf(')');
					if (!stat.substring(stat.indexOf('(') + 1, end).equals("postgres")) {
						continue;
					}
					String[] fields = stat.substring(end + 2).split(" ");
					// utime, stime, cutime, cstime: fields 14 to 17 of stat, from 3 after
					// the name
					for (int i = 11; i <= 14; i++) {
						ticks += Long.parseLong(fields[i]);
					}
				}
				catch (IOException | RuntimeException ex) {
					// the process ended meanwhile
				}
			}
		}
		catch (IOException ex) {
			return 0;
		}
		return ticks / TICKS;
	}

}
