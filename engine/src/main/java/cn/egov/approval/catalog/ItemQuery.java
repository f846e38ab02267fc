package cn.egov.approval.catalog;

/**
 * A listing query as the mapper runs it.
 *
 * @param publicOnly true to list the published version of each item (the public's view,
 * and staff asking for PUBLISHED); false to list the latest version of each item
 * @param status the status of the latest version, or null
 * @param kind the kind, or null
 * @param department the department code, or null
 * @param pattern a lower-case LIKE pattern with {@code !} as escape character, or null
 * @param offset rows to skip
 * @param limit rows to return
 */
record ItemQuery(boolean publicOnly, String status, String kind, String department, String pattern, int offset,
		int limit) {

	/** A LIKE pattern matching {@code text} anywhere, with its own wildcards escaped. */
	static String containsPattern(String text) {
		String escaped = text.toLowerCase(java.util.Locale.ROOT)
			.replace("!", "!!")
			.replace("%", "!%")
			.replace("_", "!_");
		return "%" + escaped + "%";
	}

}
