package org.classbell.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.classbell.ClassBellApplication;
import org.classbell.store.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application in a JVM of its own on the test database, as one node of a city's
 * deployment: started from the test's class path, its output in {@code node.log} under
 * its home, and killed with {@code kill -9} when a test wants it dead.
 */
public final class AppNode implements AutoCloseable {

	private final String name;

	private final Process process;

	private final Path log;

	private AppNode(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts a node and waits until the application has started.
	 * @param name the node's name, and its home directory under {@code homes}
	 * @param properties {@code classbell.*} and Spring properties, beside the test
	 * database and a free port
	 */
	public static AppNode start(String name, Path homes, Map<String, String> properties) throws IOException {
		return launch(name, homes, properties).awaitStarted();
	}

	/**
	 * Starts a node without waiting for it: see {@link #awaitStarted()}.
	 */
	public static AppNode launch(String name, Path homes, Map<String, String> properties) throws IOException {
		Path home = Files.createDirectories(homes.resolve(name));
		TestDatabase.Connection database = TestDatabase.get();
		Map<String, String> all = new LinkedHashMap<>();
		all.put("spring.datasource.url", database.url());
		all.put("spring.datasource.username", database.username());
		all.put("spring.datasource.password", database.password());
		all.put("server.port", "0");
		all.put("classbell.home", home.toString());
		all.putAll(properties);
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dsun.net.httpserver.nodelay=true",
				"-cp", System.getProperty("java.class.path"), ClassBellApplication.class.getName()));
		all.forEach((key, value) -> command.add("--" + key + "=" + value));
		Path log = home.resolve("node.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new AppNode(name, process, log);
	}

	/**
	 * Waits until the application has started.
	 */
	public AppNode awaitStarted() {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> !isAlive() || logged("Started " + ClassBellApplication.class.getSimpleName()));
		assertThat(isAlive()).as("node %s started; it wrote:%n%s", this.name, tail()).isTrue();
		return this;
	}

	/**
	 * Whether the node has logged this text.
	 */
	public boolean logged(String text) {
		try {
			return Files.exists(this.log) && Files.readString(this.log).contains(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The last lines the node logged, for a failing test to show.
	 */
	public String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	public String name() {
		return this.name;
	}

	public long pid() {
		return this.process.pid();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Stops the node as {@code kill} (SIGTERM) would, and waits until it has stopped.
	 * @return whether it stopped within the time
	 */
	public boolean stop(Duration within) throws InterruptedException {
		this.process.destroy();
		return this.process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Everything the node logged.
	 */
	public List<String> log() {
		try {
			return Files.readAllLines(this.log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Kills the node as {@code kill -9} would, and waits until it is gone.
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() {
		this.process.destroyForcibly();
	}

}
