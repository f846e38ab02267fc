package cn.egov.approval.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The chain's arithmetic: a row's canonical content and its hash. Each field is written
 * with its length (a null as {@code ~}), so that no two different rows share a canonical
 * form however their texts are cut; the id is part of it, so that moving a row to another
 * place changes its hash.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private static final String VERSION = "audit-v1";

	private AuditChain() {
	}

	static String hash(String prevHash, long id, Instant occurredAt, AuditEntry entry) {
		StringBuilder canonical = new StringBuilder(VERSION).append('\n').append(prevHash).append('\n');
		field(canonical, Long.toString(id));
		field(canonical, Long.toString(occurredAt.getEpochSecond()));
		field(canonical, entry.actor());
		field(canonical, entry.action());
		field(canonical, entry.caseNo());
		field(canonical, entry.objectId());
		field(canonical, entry.httpMethod());
		field(canonical, entry.path());
		field(canonical, (entry.status() != null) ? entry.status().toString() : null);
		field(canonical, entry.outcome());
		field(canonical, entry.detail());
		return sha256(canonical.toString());
	}

	/** The hash a stored row should have, from its own columns. */
	static String hashOf(AuditRecord row) {
		return hash(row.prevHash(), row.id(), row.occurredAt(), new AuditEntry(row.actor(), row.action(), row.caseNo(),
				row.objectId(), row.httpMethod(), row.path(), row.status(), row.outcome(), row.detail()));
	}

	private static void field(StringBuilder canonical, String value) {
		if (value == null) {
			canonical.append("~\n");
		}
		else {
			canonical.append(value.length()).append(':').append(value).append('\n');
		}
	}

	private static String sha256(String text) {
		return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
	}

}
