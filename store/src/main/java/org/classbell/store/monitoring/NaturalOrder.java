package org.classbell.store.monitoring;

import java.util.Comparator;
import java.util.Locale;

/**
 * Names in the order a person reads them: letters regardless of case and spaces, numbers
 * by their value, so that «Школа №2» and «Школа № 2» come before «Школа № 10».
 */
final class NaturalOrder implements Comparator<String> {

	static final NaturalOrder INSTANCE = new NaturalOrder();

	private NaturalOrder() {
	}

	@Override
	public int compare(String left, String right) {
		String a = key(left);
		String b = key(right);
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			if (Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(j))) {
				int endA = digits(a, i);
				int endB = digits(b, j);
				int byValue = new java.math.BigInteger(a.substring(i, endA))
					.compareTo(new java.math.BigInteger(b.substring(j, endB)));
				if (byValue != 0) {
					return byValue;
				}
				i = endA;
				j = endB;
			}
			else {
				int byChar = Character.compare(a.charAt(i), b.charAt(j));
				if (byChar != 0) {
					return byChar;
				}
				i++;
				j++;
			}
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", "");
	}

	private static int digits(String text, int from) {
		int end = from;
		while (end < text.length() && Character.isDigit(text.charAt(end))) {
			end++;
		}
		return end;
	}

}
