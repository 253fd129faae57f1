package org.classbell.templates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePatternUtil;
import com.ibm.icu.text.MessagePatternUtil.ArgNode;
import com.ibm.icu.text.MessagePatternUtil.MessageContentsNode;
import com.ibm.icu.text.MessagePatternUtil.MessageNode;
import com.ibm.icu.text.MessagePatternUtil.VariantNode;

/**
 * Sample values for the arguments of a message pattern, read from the pattern itself:
 * numbers for plurals and numbers, dates for dates, each keyword for a select, a word for
 * a plain argument. Several variants together take every branch of the pattern.
 */
public final class SampleArguments {

	private static final List<Object> NUMBERS = List.of(0, 1, 2, 5, 21, 1.5);

	private static final LocalDate SAMPLE_DATE = LocalDate.of(2026, 11, 25);

	private static final LocalDateTime SAMPLE_TIME = LocalDateTime.of(2026, 11, 25, 9, 30);

	private final Map<String, List<Object>> values;

	private SampleArguments(Map<String, List<Object>> values) {
		this.values = values;
	}

	/**
	 * The samples for a pattern.
	 * @throws IllegalArgumentException if the pattern is not an ICU message pattern
	 */
	public static SampleArguments of(String pattern) {
		Map<String, Kind> kinds = new LinkedHashMap<>();
		Map<String, Set<Object>> values = new LinkedHashMap<>();
		collect(MessagePatternUtil.buildMessageNode(pattern), kinds, values);
		Map<String, List<Object>> samples = new LinkedHashMap<>();
		kinds.forEach((name, kind) -> {
			Set<Object> all = new LinkedHashSet<>(kind.defaults(name));
			values.getOrDefault(name, Set.of()).stream().filter(kind::fits).forEach(all::add);
			samples.put(name, List.copyOf(all));
		});
		return new SampleArguments(Collections.unmodifiableMap(samples));
	}

	/**
	 * The names of the pattern's arguments.
	 */
	public Set<String> names() {
		return this.values.keySet();
	}

	/**
	 * Argument maps which, rendered one after another, give every argument each of its
	 * sample values.
	 */
	public List<Map<String, Object>> variants() {
		int count = this.values.values().stream().mapToInt(List::size).max().orElse(1);
		List<Map<String, Object>> variants = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Map<String, Object> arguments = new LinkedHashMap<>();
			for (Map.Entry<String, List<Object>> entry : this.values.entrySet()) {
				arguments.put(entry.getKey(), entry.getValue().get(i % entry.getValue().size()));
			}
			variants.add(arguments);
		}
		return variants;
	}

	private static void collect(MessageNode message, Map<String, Kind> kinds, Map<String, Set<Object>> values) {
		for (MessageContentsNode node : message.getContents()) {
			if (node instanceof ArgNode argument) {
				String name = argument.getName();
				Kind kind = Kind.of(argument);
				kinds.merge(name, kind, (one, other) -> (one == Kind.TEXT) ? other : one);
				if (argument.getComplexStyle() != null) {
					for (VariantNode variant : argument.getComplexStyle().getVariants()) {
						Set<Object> own = values.computeIfAbsent(name, (key) -> new LinkedHashSet<>());
						if (variant.isSelectorNumeric()) {
							double value = variant.getSelectorValue();
							own.add((value == Math.rint(value)) ? (Object) (int) value : value);
						}
						else if (argument.getArgType() == MessagePattern.ArgType.SELECT) {
							own.add(variant.getSelector());
						}
						collect(variant.getMessage(), kinds, values);
					}
				}
			}
		}
	}

	private enum Kind {

		TEXT, NUMBER, DATE, TIME, KEYWORD;

		static Kind of(ArgNode argument) {
			return switch (argument.getArgType()) {
				case NONE -> TEXT;
				case SELECT -> KEYWORD;
				case SIMPLE -> switch (argument.getTypeName()) {
					case "date" -> DATE;
					case "time" -> TIME;
					default -> NUMBER;
				};
				default -> NUMBER;
			};
		}

		boolean fits(Object value) {
			return (this == NUMBER && value instanceof Number) || (this == KEYWORD && value instanceof String);
		}

		List<Object> defaults(String name) {
			return switch (this) {
				case TEXT -> List.of(name);
				case NUMBER -> NUMBERS;
				case DATE -> List.of(SAMPLE_DATE);
				case TIME -> List.of(SAMPLE_TIME);
				case KEYWORD -> List.of("other");
			};
		}

	}

}
