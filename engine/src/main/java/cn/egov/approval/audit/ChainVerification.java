package cn.egov.approval.audit;

/**
 * The result of walking the audit chain.
 *
 * @param ok whether every row and the head agree
 * @param checked how many rows were checked (up to the first broken one)
 * @param firstBrokenId the first row found wrong (for a missing row: the id expected), or
 * {@code null}
 * @param reason why it is broken ({@link Reason}), or {@code null}
 * @param lastId the chain head's last id, to note down and compare later
 * @param lastHash the chain head's last hash, likewise
 */
public record ChainVerification(boolean ok, long checked, Long firstBrokenId, Reason reason, long lastId,
		String lastHash) {

	/** What was found wrong. */
	public enum Reason {

		/** A row's columns no longer give its hash: it was changed (or moved). */
		ROW_ALTERED,

		/** The ids jump: the rows in between were deleted. */
		ROW_MISSING,

		/**
		 * A row does not point at the row before it: rows were reordered, or deleted and
		 * renumbered.
		 */
		LINK_BROKEN,

		/**
		 * The newest rows disagree with the chain head: they were deleted or replaced.
		 */
		HEAD_MISMATCH

	}

	static ChainVerification intact(long checked, AuditMapper.ChainHead head) {
		return new ChainVerification(true, checked, null, null, head.lastId(), head.lastHash());
	}

	static ChainVerification broken(long checked, long id, Reason reason, AuditMapper.ChainHead head) {
		return new ChainVerification(false, checked, id, reason, head.lastId(), head.lastHash());
	}

}
