package cn.egov.approval.audit;

import java.util.List;

import cn.egov.approval.audit.ChainVerification.Reason;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit chain from its first row to its head, a batch at a time, and reports
 * the first row that is not what the chain says it should be.
 */
@Service
public class AuditVerifier {

	private static final int BATCH = 500;

	private final AuditMapper mapper;

	AuditVerifier(AuditMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * Checks every row: its id follows the previous one, it points at the previous row's
	 * hash, its columns give its own hash; and the last row is the chain head's.
	 * @return whether the chain is intact and, if not, where it first breaks
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		// The head first: rows appended while we walk come after it and are not checked.
		AuditMapper.ChainHead head = this.mapper.head();
		long previousId = 0;
		String previousHash = AuditChain.GENESIS;
		long checked = 0;
		List<AuditRecord> batch = this.mapper.rowsAfter(0, BATCH);
		while (!batch.isEmpty()) {
			for (AuditRecord row : batch) {
				if (row.id() > head.lastId()) {
					return finish(checked, previousId, previousHash, head);
				}
				Reason reason = check(row, previousId, previousHash);
				if (reason != null) {
					return ChainVerification.broken(checked, (reason == Reason.ROW_MISSING) ? previousId + 1 : row.id(),
							reason, head);
				}
				checked++;
				previousId = row.id();
				previousHash = row.hash();
			}
			batch = this.mapper.rowsAfter(previousId, BATCH);
		}
		return finish(checked, previousId, previousHash, head);
	}

	private static Reason check(AuditRecord row, long previousId, String previousHash) {
		if (row.id() != previousId + 1) {
			return Reason.ROW_MISSING;
		}
		if (!AuditChain.hashOf(row).equals(row.hash())) {
			return Reason.ROW_ALTERED;
		}
		if (!row.prevHash().equals(previousHash)) {
			return Reason.LINK_BROKEN;
		}
		return null;
	}

	private static ChainVerification finish(long checked, long lastId, String lastHash, AuditMapper.ChainHead head) {
		if (lastId != head.lastId() || !lastHash.equals(head.lastHash())) {
			// Rows missing after the last one found, or the last one replaced.
			long brokenId = (lastId < head.lastId()) ? lastId + 1 : lastId;
			return ChainVerification.broken(checked, brokenId, Reason.HEAD_MISMATCH, head);
		}
		return ChainVerification.intact(checked, head);
	}

}
