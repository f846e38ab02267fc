package cn.egov.approval.audit;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

	/** Moves the chain head on by one, taking its row lock until commit. */
	int advanceHead();

	ChainHead head();

	void insert(AuditRecord row);

	void updateHeadHash(long lastId, String lastHash);

	/** Rows after {@code afterId} in chain order, at most {@code limit}. */
	List<AuditRecord> rowsAfter(long afterId, int limit);

	List<AuditRecord> search(AuditFilter filter, int offset, int limit);

	long count(@Param("filter") AuditFilter filter);

	/** The chain head: the last row's id and hash. */
	record ChainHead(long lastId, String lastHash) {
	}

	/** What {@code GET /api/audit/entries} filters on; nulls filter nothing. */
	record AuditFilter(String actor, String caseNo, String action, Instant from, Instant to) {
	}

}
