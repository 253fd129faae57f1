package org.classbell.app.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements sent through a {@link DataSource} while switched on, by their
 * first word and by their text, with the time spent in them, the JDBC batches and their
 * rows, and the commits: a proxy over the connections taken while it counts and their
 * statements, put around the application's data source by {@link #wrapping()}.
 */
public final class StatementCounter {

	private volatile boolean on;

	private final Map<String, Sql> statements = new ConcurrentHashMap<>();

	private final LongAdder batchedRows = new LongAdder();

	private final LongAdder commits = new LongAdder();

	/**
	 * A post-processor that puts this counter around every {@link DataSource} bean.
	 */
	public BeanPostProcessor wrapping() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource) ? new Counting(dataSource) : bean;
			}

		};
	}

	/**
	 * Zeroes the figures and starts counting.
	 */
	public void start() {
		this.statements.clear();
		this.batchedRows.reset();
		this.commits.reset();
		this.on = true;
	}

	/**
	 * Stops counting and answers what was counted since {@link #start()}.
	 */
	public Figures stop() {
		this.on = false;
		Map<String, Long> kinds = new TreeMap<>();
		this.statements.values().forEach((sql) -> kinds.merge(sql.kind, sql.count.sum(), Long::sum));
		List<Timed> timed = this.statements.values()
			.stream()
			.map((sql) -> new Timed(sql.text, sql.count.sum(), sql.batches.sum(), sql.nanos.sum()))
			.sorted(Comparator.comparingLong(Timed::nanos).reversed())
			.toList();
		return new Figures(kinds.values().stream().mapToLong(Long::longValue).sum(), kinds,
				timed.stream().mapToLong(Timed::batches).sum(), this.batchedRows.sum(), this.commits.sum(), timed);
	}

	private Object execute(String sql, boolean batch, Object target, Method method, Object[] args) throws Throwable {
		if (!this.on) {
			return invoke(target, method, args);
		}
		long started = System.nanoTime();
		try {
			return invoke(target, method, args);
		}
		finally {
			Sql counted = this.statements.computeIfAbsent(String.valueOf(sql), Sql::new);
			counted.count.increment();
			counted.nanos.add(System.nanoTime() - started);
			if (batch) {
				counted.batches.increment();
			}
		}
	}

	private void batched() {
		if (this.on) {
			this.batchedRows.increment();
		}
	}

	private void committed() {
		if (this.on) {
			this.commits.increment();
		}
	}

	static String kind(String sql) {
		String word = sql.strip().split("[\\s(]", 2)[0].toLowerCase(Locale.ROOT);
		return switch (word) {
			case "select", "insert", "update", "delete", "with" -> word;
			default -> "other";
		};
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * What was counted: every {@code execute*} call (a JDBC batch counts once) by the
	 * statement's first word, the batches and their rows, the commits, and each
	 * statement's count and time in JDBC, the slowest first.
	 */
	public record Figures(long statements, Map<String, Long> byKind, long batches, long batchedRows, long commits,
			List<Timed> byStatement) {

		/**
		 * The time spent in the driver's {@code execute*} calls, in seconds.
		 */
		public double seconds() {
			return this.byStatement.stream().mapToLong(Timed::nanos).sum() / 1e9;
		}

		/**
		 * The figures as lines, each statement's cut to its first words.
		 */
		public String lines(String indent) {
			return String.format(Locale.ROOT,
					"%s%d statements %s, %d JDBC batches with %d rows, %d commits;%n" + "%s%.2f s in JDBC calls:%n",
					indent, this.statements, this.byKind, this.batches, this.batchedRows, this.commits, indent,
					seconds())
					+ this.byStatement.stream()
						.map((timed) -> String.format(Locale.ROOT, "%s  %4d x %6.0f ms  %s", indent, timed.count(),
								timed.nanos() / 1e6, timed.start()))
						.collect(Collectors.joining(System.lineSeparator()));
		}

	}

	/**
	 * One statement's figures.
	 *
	 * @param start its first words
	 */
	public record Timed(String start, long count, long batches, long nanos) {

		public Timed {
			start = start.strip().replaceAll("\\s+", " ");
			start = (start.length() > 72) ? start.substring(0, 72) + "…" : start;
		}

	}

	private static final class Sql {

		private final String text;

		private final String kind;

		private final LongAdder count = new LongAdder();

		private final LongAdder batches = new LongAdder();

		private final LongAdder nanos = new LongAdder();

		private Sql(String text) {
			this.text = text;
			this.kind = kind(text);
		}

	}

	private final class Counting extends DelegatingDataSource {

		private Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return connection(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return connection(super.getConnection(username, password));
		}

		/**
		 * The connection counted while counting is on; as it is otherwise, so that the
		 * proxies cost nothing in what is not counted.
		 */
		private Connection connection(Connection target) {
			if (!StatementCounter.this.on) {
				return target;
			}
			InvocationHandler handler = (proxy, method, args) -> {
				Object result = invoke(target, method, args);
				switch (method.getName()) {
					case "commit" -> committed();
					case "createStatement" -> {
						return statement(Statement.class, result, null);
					}
					case "prepareStatement" -> {
						return statement(PreparedStatement.class, result, (String) args[0]);
					}
					case "prepareCall" -> {
						return statement(CallableStatement.class, result, (String) args[0]);
					}
					default -> {
					}
				}
				return result;
			};
			return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
					handler);
		}

		private Object statement(Class<? extends Statement> type, Object target, String prepared) {
			String[] batched = { prepared };
			InvocationHandler handler = (proxy, method, args) -> {
				String name = method.getName();
				String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text : prepared;
				if (name.equals("addBatch")) {
					batched();
					batched[0] = sql;
				}
				else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
					return execute(batched[0], true, target, method, args);
				}
				else if (name.startsWith("execute")) {
					return execute(sql, false, target, method, args);
				}
				return invoke(target, method, args);
			};
			return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type }, handler);
		}

	}

}
