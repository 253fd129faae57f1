package org.classbell.app.bench;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.classbell.app.testing.StatementCounter;
import org.classbell.notifier.reports.Period;
import org.classbell.notifier.reports.ReportKind;
import org.classbell.notifier.reports.ReportRuns;
import org.classbell.store.SchoolId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The weekly report run of every school of the city, as many schools at a time as Quartz
 * has threads, with the SQL statements, CPU and memory it takes; and beside it the bare
 * aggregate, the floor no report run can beat.
 */
final class ReportLoad {

	private final Node node;

	private final JdbcClient jdbc;

	private final StatementCounter statements;

	private final LocalDate monday;

	private final PrintStream out;

	/**
	 * @param monday the Monday of the week the reports cover, to its Friday
	 */
	ReportLoad(Node node, JdbcClient jdbc, StatementCounter statements, LocalDate monday, PrintStream out) {
		this.node = node;
		this.jdbc = jdbc;
		this.statements = statements;
		this.monday = monday;
		this.out = out;
	}

	/**
	 * Runs the week's reports of every school of the city.
	 */
	Results.Reports run(City.Written city) throws Exception {
		ReportRuns runs = this.node.bean(ReportRuns.class);
		Period week = new Period(this.monday, this.monday.plusDays(4));
		int threads = Integer
			.parseInt(this.node.property("spring.quartz.properties.org.quartz.threadPool.threadCount"));
		say("Weekly reports of %,d schools, %d at a time (Quartz's threads)…", city.schools().length, threads);
		System.gc();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long students = 0;
		long queued = 0;
		double seconds;
		StatementCounter.Figures figures;
		try (Peaks peaks = Peaks.start()) {
			this.statements.start();
			Cpu cpu = Cpu.now();
			long started = System.nanoTime();
			List<Future<ReportRuns.Run>> running = new ArrayList<>();
			for (long school : city.schools()) {
				running.add(pool.submit(() -> runs.run(new SchoolId(school), ReportKind.WEEK, week, "benchmark")));
			}
			for (Future<ReportRuns.Run> run : running) {
				students += run.get().students();
				queued += run.get().queued();
			}
			seconds = (System.nanoTime() - started) / 1e9;
			cpu = Cpu.now().since(cpu);
			figures = this.statements.stop();
			peaks.close();
			double aggregate = aggregate(this.jdbc, week);
			say("Reports: %,d students, %,d queued in %.2f s (CPU: %.1f s application, %.1f s PostgreSQL); "
					+ "the bare aggregate takes %.2f s", students, queued, seconds, cpu.app(), cpu.database(),
					aggregate);
			return Results.Reports.of(seconds, students, queued, figures, aggregate, peaks, threads, cpu);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * The floor of a report run: PostgreSQL's time for the week's marks by student and
	 * subject (count, average and the marks in order) and attendance by student, for the
	 * whole city, with nothing sent back but a count; the best of three.
	 */
	static double aggregate(JdbcClient jdbc, Period week) {
		double best = Double.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long started = System.nanoTime();
			jdbc.sql("""
					select (select count(*) from (
					          select student_id, subject_id, count(*), avg(value),
					                 string_agg(value || coalesce(modifier, ''), ' ' order by day, lesson_no)
					          from mark where day between :from and :to group by student_id, subject_id) marks)
					     + (select count(*) from (
					          select student_id,
					                 count(*) filter (where status = 'absent' and lesson_no is not null),
					                 count(*) filter (where status = 'absent' and lesson_no is null),
					                 count(*) filter (where status = 'excused'), count(*) filter (where status = 'late')
					          from attendance where day between :from and :to group by student_id) attendance)
					""").param("from", week.from()).param("to", week.to()).query(Long.class).single();
			best = Math.min(best, (System.nanoTime() - started) / 1e9);
		}
		return best;
	}

	private void say(String format, Object... args) {
		this.out.printf(Locale.ROOT, format + "%n", args);
		this.out.flush();
	}

}
