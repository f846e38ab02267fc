package cn.egov.approval.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.egov.approval.PlatformTest;
import cn.egov.approval.audit.ChainVerification.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, acceptance 6 (audit log): the chain verifies when untouched and breaks where a
 * row is changed, deleted or moved by plain JDBC; concurrent writers keep one chain; a
 * rolled-back action leaves no entry. Each test puts the rows back, as other tests share
 * the database.
 */
@PlatformTest
class AuditChainTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	AuditMapper mapper;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void someHistory() {
		for (int i = 0; i < 5; i++) {
			this.trail.record(AuditEntry.of("auditor-test", "TEST_ACTION", "SFX-TEST-" + i, null, true, "entry " + i));
		}
		assertThat(this.verifier.verify().ok()).isTrue();
	}

	@Test
	void shouldVerifyAnUntouchedChain() {
		ChainVerification result = this.verifier.verify();
		long rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Long.class);
		assertThat(result.ok()).isTrue();
		assertThat(result.checked()).isEqualTo(rows).isGreaterThanOrEqualTo(5);
		assertThat(result.firstBrokenId()).isNull();
		assertThat(result.reason()).isNull();
		assertThat(result.lastId()).isEqualTo(rows);
	}

	@Test
	void shouldDetectAChangedRow() {
		long id = newest() - 2;
		String detail = this.jdbc.queryForObject("SELECT detail FROM audit_log WHERE id = ?", String.class, id);
		this.jdbc.update("UPDATE audit_log SET detail = ? WHERE id = ?", "nothing happened", id);
		try {
			assertBroken(id, Reason.ROW_ALTERED);
		}
		finally {
			this.jdbc.update("UPDATE audit_log SET detail = ? WHERE id = ?", detail, id);
		}
		assertThat(this.verifier.verify().ok()).isTrue();
	}

	@Test
	void shouldDetectAChangedRowEvenWithItsOwnHashRecomputed() {
		long id = newest() - 1;
		AuditRecord row = row(id);
		// The forger recomputes the changed row's own hash, but the next row still links
		// to the old one.
		AuditEntry forged = new AuditEntry("someone-else", row.action(), row.caseNo(), row.objectId(), row.httpMethod(),
				row.path(), row.status(), row.outcome(), row.detail());
		String forgedHash = AuditChain.hash(row.prevHash(), id, row.occurredAt(), forged);
		this.jdbc.update("UPDATE audit_log SET actor = ?, hash = ? WHERE id = ?", forged.actor(), forgedHash, id);
		try {
			assertBroken(id + 1, Reason.LINK_BROKEN);
		}
		finally {
			this.jdbc.update("UPDATE audit_log SET actor = ?, hash = ? WHERE id = ?", row.actor(), row.hash(), id);
		}
		assertThat(this.verifier.verify().ok()).isTrue();
	}

	@Test
	void shouldDetectADeletedRow() {
		long id = newest() - 3;
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM audit_log WHERE id = ?", id);
		this.jdbc.update("DELETE FROM audit_log WHERE id = ?", id);
		try {
			assertBroken(id, Reason.ROW_MISSING);
		}
		finally {
			reinsert(row);
		}
		assertThat(this.verifier.verify().ok()).isTrue();
	}

	@Test
	void shouldDetectTheNewestRowDeleted() {
		long id = newest();
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM audit_log WHERE id = ?", id);
		this.jdbc.update("DELETE FROM audit_log WHERE id = ?", id);
		try {
			assertBroken(id, Reason.HEAD_MISMATCH);
		}
		finally {
			reinsert(row);
		}
		assertThat(this.verifier.verify().ok()).isTrue();
	}

	@Test
	void shouldDetectTwoRowsSwapped() {
		long first = newest() - 4;
		long second = first + 1;
		swap(first, second);
		try {
			assertBroken(first, Reason.ROW_ALTERED);
		}
		finally {
			swap(first, second);
		}
		assertThat(this.verifier.verify().ok()).isTrue();
	}

	@Test
	void shouldKeepOneChainWhenManyThreadsAppendAtOnce() throws Exception {
		long before = newest();
		int threads = 6;
		int perThread = 20;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Void>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				String actor = "writer-" + t;
				Callable<Void> writer = () -> {
					for (int i = 0; i < perThread; i++) {
						inTransaction(() -> this.trail
							.record(AuditEntry.of(actor, "TEST_CONCURRENT", null, null, true, null)));
					}
					return null;
				};
				done.add(pool.submit(writer));
			}
			for (Future<Void> writer : done) {
				writer.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		ChainVerification result = this.verifier.verify();
		assertThat(result.ok()).as(result.toString()).isTrue();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE action = 'TEST_CONCURRENT' AND id > ?", Long.class, before))
			.isEqualTo(threads * perThread);
		assertThat(newest()).isGreaterThanOrEqualTo(before + threads * perThread);
	}

	@Test
	void shouldLeaveNoEntryWhenTheActionRollsBack() {
		TransactionTemplate template = new TransactionTemplate(this.transactions);
		template.executeWithoutResult((status) -> {
			this.trail.record(AuditEntry.of("auditor-test", "TEST_ROLLED_BACK", null, null, true, null));
			status.setRollbackOnly();
		});
		template.executeWithoutResult(
				(status) -> this.trail.record(AuditEntry.of("auditor-test", "TEST_COMMITTED", null, null, true, null)));
		assertThat(countOf("TEST_ROLLED_BACK")).isZero();
		assertThat(countOf("TEST_COMMITTED")).isEqualTo(1);
		assertThat(this.verifier.verify().ok()).isTrue();
	}

	@Test
	void shouldLogAnApiCallInTheFirstTransactionItCommitsAndNotInOneThatRollsBack() {
		MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/items/SFX-TEST-0001");
		request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/api/items/{code}");
		request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("code", "SFX-TEST-0001"));
		ApiCall call = ApiCall.bind(request, true);
		try {
			TransactionTemplate template = new TransactionTemplate(this.transactions);
			template.executeWithoutResult((status) -> status.setRollbackOnly());
			assertThat(call.logged()).isFalse();
			assertThat(countOfObject("code=SFX-TEST-0001")).isZero();
			template.executeWithoutResult((status) -> this.jdbc.queryForObject("SELECT 1", Integer.class));
			template.executeWithoutResult((status) -> this.jdbc.queryForObject("SELECT 1", Integer.class));
			assertThat(call.logged()).isTrue();
		}
		finally {
			call.unbind();
		}
		AuditRecord entry = row(newest());
		assertThat(entry.action()).isEqualTo("CATALOG_CHANGE");
		assertThat(entry.path()).isEqualTo("/api/items/{code}");
		assertThat(entry.httpMethod()).isEqualTo("PUT");
		assertThat(entry.outcome()).isEqualTo(AuditEntry.SUCCESS);
		assertThat(countOfObject("code=SFX-TEST-0001")).isEqualTo(1);
	}

	private long countOfObject(String objectId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE object_id = ?", Long.class, objectId);
	}

	private void assertBroken(long id, Reason reason) {
		ChainVerification result = this.verifier.verify();
		assertThat(result.ok()).isFalse();
		assertThat(result.firstBrokenId()).isEqualTo(id);
		assertThat(result.reason()).isEqualTo(reason);
		assertThat(result.checked()).isEqualTo(id - 1);
	}

	private AuditRecord row(long id) {
		return this.mapper.rowsAfter(id - 1, 1).get(0);
	}

	private long newest() {
		return this.jdbc.queryForObject("SELECT last_id FROM audit_chain_head WHERE id = 1", Long.class);
	}

	private long countOf(String action) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = ?", Long.class, action);
	}

	private void swap(long first, long second) {
		this.jdbc.update("UPDATE audit_log SET id = -1 WHERE id = ?", first);
		this.jdbc.update("UPDATE audit_log SET id = ? WHERE id = ?", first, second);
		this.jdbc.update("UPDATE audit_log SET id = ? WHERE id = -1", second);
	}

	private void reinsert(Map<String, Object> row) {
		this.jdbc.update(
				"INSERT INTO audit_log (id, occurred_at, actor, action, case_no, object_id, http_method, path, status,"
						+ " outcome, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				row.get("ID"), row.get("OCCURRED_AT"), row.get("ACTOR"), row.get("ACTION"), row.get("CASE_NO"),
				row.get("OBJECT_ID"), row.get("HTTP_METHOD"), row.get("PATH"), row.get("STATUS"), row.get("OUTCOME"),
				row.get("DETAIL"), row.get("PREV_HASH"), row.get("HASH"));
	}

	private void inTransaction(Runnable action) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> action.run());
	}

}
