package cn.egov.approval.audit;

import java.util.Map;

/**
 * Names the kind of change an API call makes from its path, so that auditors can filter
 * catalog, calendar and configuration changes without knowing the URLs.
 */
final class ApiActions {

	/** The first matching prefix wins: longer prefixes first. */
	private static final Map<String, String> BY_PREFIX = orderedPrefixes();

	static final String OTHER = "API_CALL";

	private ApiActions() {
	}

	static String of(String path) {
		for (Map.Entry<String, String> prefix : BY_PREFIX.entrySet()) {
			if (path.equals(prefix.getKey()) || path.startsWith(prefix.getKey() + "/")) {
				return prefix.getValue();
			}
		}
		return OTHER;
	}

	private static Map<String, String> orderedPrefixes() {
		Map<String, String> prefixes = new java.util.LinkedHashMap<>();
		prefixes.put("/api/items", "CATALOG_CHANGE");
		prefixes.put("/api/calendar", "CALENDAR_CHANGE");
		prefixes.put("/api/admin", "CONFIGURATION_CHANGE");
		prefixes.put("/api/organisation", "CONFIGURATION_CHANGE");
		prefixes.put("/api/fees/windows", "CONFIGURATION_CHANGE");
		prefixes.put("/api/scores/weights", "CONFIGURATION_CHANGE");
		prefixes.put("/api/modeling", "CONFIGURATION_CHANGE");
		prefixes.put("/api/fees/books", "RECEIPT_BOOK_CHANGE");
		prefixes.put("/api/posts", "POST_CHANGE");
		prefixes.put("/api/fees", "FEE_REQUEST");
		prefixes.put("/api/levy", "LEVY_REQUEST");
		prefixes.put("/api/penalty", "PENALTY_REQUEST");
		prefixes.put("/api/supervision", "SUPERVISION_REQUEST");
		prefixes.put("/api/complaints", "COMPLAINT_REQUEST");
		prefixes.put("/api/auth", "SIGN_IN_REQUEST");
		prefixes.put("/api/tasks", "TASK_REQUEST");
		prefixes.put("/api/cases", "CASE_REQUEST");
		prefixes.put("/api/archive", "ARCHIVE_REQUEST");
		prefixes.put("/engine-rest/deployment", "CONFIGURATION_CHANGE");
		prefixes.put("/engine-rest", "ENGINE_API_CALL");
		return java.util.Collections.unmodifiableMap(prefixes);
	}

}
