package cn.egov.approval.satisfaction;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five levels of 好差评, best first. Complaints use the same scale for the complainant's
 * rating of the handling.
 */
public enum SatisfactionLevel {

	VERY_SATISFIED("非常满意"), SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), DISSATISFIED("不满意"),
	VERY_DISSATISFIED("非常不满意");

	private final String chineseName;

	SatisfactionLevel(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	/** 不满意 and 非常不满意: a bad rating (差评) the department has to follow up. */
	public boolean isBad() {
		return this == DISSATISFIED || this == VERY_DISSATISFIED;
	}

	/**
	 * The level a caller named, by code ({@code SATISFIED}) or by its Chinese name
	 * ({@code 满意}).
	 */
	public static Optional<SatisfactionLevel> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String given = text.strip();
		return Arrays.stream(values())
			.filter((level) -> level.name().equalsIgnoreCase(given) || level.chineseName.equals(given))
			.findFirst();
	}

}
