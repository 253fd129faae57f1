package org.classbell.testing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The uploads of a {@link FakeMaxApi}: the one-time URLs that {@code POST /uploads} hands
 * out, and the files posted to them, by the token that attaches them to a message.
 * Guarded by the server's lock.
 */
final class MaxApiUploads {

	static final String PATH = "/upload/";

	static final Set<String> TYPES = Set.of("image", "video", "audio", "file");

	private final Set<Long> open = new HashSet<>();

	private final Map<String, MaxFile> files = new HashMap<>();

	private long last;

	/**
	 * A new upload URL on the server at the given base URL.
	 */
	String url(String baseUrl) {
		long upload = ++this.last;
		this.open.add(upload);
		return baseUrl + PATH + upload;
	}

	/**
	 * Keeps the file posted to an upload URL, which is then used up.
	 * @param path the upload URL's path
	 * @return the file's token, {@code null} when the path is no open upload URL
	 */
	String take(String path, MaxFile file) {
		try {
			if (!this.open.remove(Long.parseLong(path.substring(PATH.length())))) {
				return null;
			}
		}
		catch (NumberFormatException ex) {
			return null;
		}
		String token = "file." + Long.toHexString(this.last) + "." + this.files.size();
		this.files.put(token, file);
		return token;
	}

	/**
	 * The file a token stands for, {@code null} for an unknown token.
	 */
	MaxFile file(String token) {
		return this.files.get(token);
	}

}
