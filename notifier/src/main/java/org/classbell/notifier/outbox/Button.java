package org.classbell.notifier.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * A button under a notification sent in a messenger: its label and what pressing it sends
 * back to the bot, such as an absence alert's «Болеет». The bot's button handlers read
 * the data back and check that the person pressing may do what it says; SMS never carries
 * buttons.
 *
 * @param label what the button shows
 * @param data what a press sends back, at most 64 bytes (Telegram's limit)
 */
public record Button(String label, String data) {

	/**
	 * The most a button may carry: 64 bytes, as Telegram takes.
	 */
	public static final int MAX_DATA_BYTES = 64;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public Button {
		if (label == null || label.isBlank()) {
			throw new IllegalArgumentException("A button has a label");
		}
		if (data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
			throw new IllegalArgumentException("A button carries at most " + MAX_DATA_BYTES + " bytes: " + data);
		}
	}

	/**
	 * Rows of buttons as the outbox keeps them: {@code [[{"label": ..., "data": ...},
	 * ...], ...]}; {@code null} for none.
	 */
	static String toJson(List<List<Button>> rows) {
		if (rows == null || rows.isEmpty()) {
			return null;
		}
		ArrayNode json = JSON.createArrayNode();
		for (List<Button> row : rows) {
			ArrayNode buttons = json.addArray();
			for (Button button : row) {
				buttons.addObject().put("label", button.label()).put("data", button.data());
			}
		}
		return json.toString();
	}

	/**
	 * What {@link #toJson} wrote; no rows for {@code null}.
	 */
	public static List<List<Button>> fromJson(String json) {
		if (json == null) {
			return List.of();
		}
		List<List<Button>> rows = new ArrayList<>();
		for (JsonNode row : JSON.readTree(json)) {
			List<Button> buttons = new ArrayList<>();
			for (JsonNode button : row) {
				buttons.add(new Button(button.get("label").asString(), button.get("data").asString()));
			}
			rows.add(List.copyOf(buttons));
		}
		return List.copyOf(rows);
	}

}
