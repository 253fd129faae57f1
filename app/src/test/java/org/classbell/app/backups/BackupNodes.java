package org.classbell.app.backups;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.classbell.app.testing.AppNode;
import org.classbell.store.testing.TestDatabase;

/**
 * Nodes of the application in JVMs of their own, with a known port and admin token, for
 * the backup tests that kill a node or run two.
 */
final class BackupNodes {

	static final String TOKEN = "backup-nodes-admin-token-0123456789";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private BackupNodes() {
	}

	/**
	 * A started node.
	 * @param database the database, or {@code null} for the test database
	 * @param backups its backup directory
	 */
	static Node start(String name, Path homes, TestDatabase.Connection database, Path backups) throws IOException {
		int port = freePort();
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("server.port", String.valueOf(port));
		properties.put("classbell.admin.token", TOKEN);
		properties.put("classbell.notifier.dispatch.enabled", "false");
		properties.put("classbell.reports.scheduled", "false");
		properties.put("classbell.backup.dirs", backups.toString());
		if (database != null) {
			properties.put("spring.datasource.url", database.url());
			properties.put("spring.datasource.username", database.username());
			properties.put("spring.datasource.password", database.password());
		}
		return new Node(AppNode.start(name, homes, properties), port);
	}

	/**
	 * The names of the files in the directory.
	 */
	static List<String> files(Path directory) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (var files = Files.list(directory)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * A running node and how to ask it.
	 */
	record Node(AppNode process, int port) implements AutoCloseable {

		HttpResponse<String> get(String path) {
			return join(send(request(path).GET()));
		}

		HttpResponse<String> post(String path, String contentType, String body) {
			return join(postAsync(path, contentType, body));
		}

		CompletableFuture<HttpResponse<String>> postAsync(String path, String contentType, String body) {
			return send(
					request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Bearer " + TOKEN);
		}

		private static CompletableFuture<HttpResponse<String>> send(HttpRequest.Builder request) {
			return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		private static HttpResponse<String> join(CompletableFuture<HttpResponse<String>> response) {
			return response.join();
		}

		@Override
		public void close() {
			this.process.close();
		}

	}

}
