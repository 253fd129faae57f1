package org.classbell.app.console.classes;

import java.util.List;

/**
 * One cut-out slip of an invite sheet, its words in the guardian's language.
 *
 * @param language the guardian's language tag
 * @param heading the slip's heading
 * @param school the school's name
 * @param classLine the class, labelled
 * @param childrenLine the children, labelled
 * @param guardianLine the guardian, labelled
 * @param codeLabel the label of the code
 * @param code the code as issued
 * @param links the deep links that use the code with their QR codes, one per messenger
 * that is on, Telegram first; empty when no bot's name is known
 * @param steps what to do with it
 * @param expires until when it works, in words
 */
public record Slip(String language, String heading, String school, String classLine, String childrenLine,
		String guardianLine, String codeLabel, String code, List<SlipLink> links, List<String> steps, String expires) {

	public Slip {
		links = List.copyOf(links);
		steps = List.copyOf(steps);
	}

	/** Whether the slip has a code for each of several messengers, each labelled. */
	public boolean severalMessengers() {
		return this.links.size() > 1;
	}

	/** The code in groups of four, to read and type: {@code 7KQM 2XHD 9RTA}. */
	public String groupedCode() {
		return grouped(this.code);
	}

	static String grouped(String code) {
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < code.length(); i += 4) {
			if (i > 0) {
				grouped.append(' ');
			}
			grouped.append(code, i, Math.min(code.length(), i + 4));
		}
		return grouped.toString();
	}

}
