package org.classbell.templates.sms;

import java.util.BitSet;

/**
 * The GSM 03.38 default alphabet and its extension table, as the characters Java sees.
 */
final class Gsm7 {

	/** The 127 printable characters of the basic table (escape, 0x1B, has none). */
	private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	/** The extension table, each sent as escape plus one septet. */
	private static final String EXTENSION = "\f^{}\\[~]|€";

	private static final BitSet BASIC_SET = bits(BASIC);

	private static final BitSet EXTENSION_SET = bits(EXTENSION);

	private Gsm7() {
	}

	/**
	 * Septets the character takes: 1 in the basic table, 2 in the extension table, 0 when
	 * GSM-7 cannot carry it.
	 */
	static int septets(char c) {
		if (BASIC_SET.get(c)) {
			return 1;
		}
		return EXTENSION_SET.get(c) ? 2 : 0;
	}

	static String characters() {
		return BASIC + EXTENSION;
	}

	private static BitSet bits(String characters) {
		BitSet bits = new BitSet();
		characters.chars().forEach(bits::set);
		return bits;
	}

}
