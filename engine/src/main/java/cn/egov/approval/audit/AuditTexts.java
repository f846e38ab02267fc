package cn.egov.approval.audit;

/**
 * Cuts an entry's texts to their columns before it is hashed, so that what is stored is
 * exactly what was hashed; cuts between characters, never inside one.
 */
final class AuditTexts {

	static final String ANONYMOUS = "anonymous";

	private AuditTexts() {
	}

	static AuditEntry fit(AuditEntry entry) {
		String actor = (entry.actor() == null || entry.actor().isBlank()) ? ANONYMOUS : entry.actor();
		return new AuditEntry(cut(actor, 64), cut(entry.action(), 60), cut(entry.caseNo(), 64),
				cut(entry.objectId(), 200), cut(entry.httpMethod(), 10), cut(entry.path(), 300), entry.status(),
				entry.outcome(), cut(entry.detail(), 1000));
	}

	/**
	 * At most {@code max} UTF-16 units (H2 counts those, MySQL counts characters: this
	 * fits both), never half a surrogate pair.
	 */
	static String cut(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
		return text.substring(0, end);
	}

}
