package org.classbell.store.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects the problems of an imported file while its lines are read, so that every one
 * of them is reported at once.
 */
public final class LineProblems {

	private final List<ImportProblem> problems = new ArrayList<>();

	public void add(ImportProblem problem) {
		this.problems.add(problem);
	}

	public void add(long line, String column, Problem problem, String value) {
		add(ImportProblem.of(line, column, problem, value));
	}

	/**
	 * The value of a column that must not be empty, or a {@link Problem#REQUIRED}
	 * problem.
	 */
	public Optional<String> required(long line, String column, String value) {
		String clean = (value != null) ? value.strip() : "";
		if (clean.isEmpty()) {
			add(line, column, Problem.REQUIRED, "");
			return Optional.empty();
		}
		return Optional.of(clean);
	}

	/**
	 * A value read by the parser, or the given problem when it returns nothing.
	 */
	public <T> Optional<T> parsed(long line, String column, String value, Problem problem,
			Function<String, Optional<T>> parser) {
		Optional<T> parsed = parser.apply((value != null) ? value.strip() : "");
		if (parsed.isEmpty()) {
			add(line, column, problem, value);
		}
		return parsed;
	}

	/**
	 * A whole number within bounds, or a {@link Problem#BAD_NUMBER} problem.
	 */
	public Optional<Integer> number(long line, String column, String value, int min, int max) {
		return parsed(line, column, value, Problem.BAD_NUMBER, (text) -> {
			try {
				int number = Integer.parseInt(text);
				return (number >= min && number <= max) ? Optional.of(number) : Optional.empty();
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		});
	}

	public boolean isEmpty() {
		return this.problems.isEmpty();
	}

	public int size() {
		return this.problems.size();
	}

	public List<ImportProblem> list() {
		return List.copyOf(this.problems);
	}

	public <S> ImportOutcome<S> rejected() {
		return new ImportOutcome.Rejected<>(this.problems);
	}

}
