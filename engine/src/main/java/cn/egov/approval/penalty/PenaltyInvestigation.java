package cn.egov.approval.penalty;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.penalty.DiscretionBenchmarks.Benchmark;
import cn.egov.approval.penalty.DiscretionBenchmarks.LiabilityFactors;
import cn.egov.approval.penalty.PenaltyProperties.LegalBasis;
import cn.egov.approval.penalty.PenaltyRecords.Assessment;
import cn.egov.approval.penalty.PenaltyRecords.Evidence;
import cn.egov.approval.penalty.PenaltyRequests.BenchmarkQuery;
import cn.egov.approval.penalty.PenaltyRequests.EvidenceRecord;
import cn.egov.approval.penalty.PenaltyRequests.Proposal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investigation (调查取证, APL 42, 54-55): evidence records taken by two certified
 * officers, and the proposed penalty measured against the discretion benchmarks; the
 * investigation ends with the proposal, which goes to the head's review.
 */
@Service
@Transactional
public class PenaltyInvestigation {

	static final Set<String> EVIDENCE_KINDS = Set.of("INSPECTION", "INQUIRY", "SAMPLING", "DOCUMENT", "PHOTO",
			"TEST_REPORT", "OTHER");

	private final PenaltyAccess access;

	private final PenaltyMapper mapper;

	private final PenaltyOfficers officers;

	private final DiscretionBenchmarks benchmarks;

	private final PenaltyProperties properties;

	private final PenaltyTimeline timeline;

	private final PenaltyTaskRunner tasks;

	PenaltyInvestigation(PenaltyAccess access, PenaltyMapper mapper, PenaltyOfficers officers,
			DiscretionBenchmarks benchmarks, PenaltyProperties properties, PenaltyTimeline timeline,
			PenaltyTaskRunner tasks) {
		this.access = access;
		this.mapper = mapper;
		this.officers = officers;
		this.benchmarks = benchmarks;
		this.properties = properties;
		this.timeline = timeline;
		this.tasks = tasks;
	}

	public Evidence recordEvidence(String caseNo, EvidenceRecord request, PlatformUser user) {
		PenaltyCase file = this.access.actingAs(caseNo, user, Role.PENALTY_OFFICER);
		this.tasks.open(file, "Investigate");
		if (request == null || !EVIDENCE_KINDS.contains(String.valueOf(request.kind()))) {
			throw PenaltyRules.invalid("error.penalty.evidence.kind", EVIDENCE_KINDS);
		}
		String second = this.officers.certified(request.secondOfficer(), file.departmentCode()).username();
		this.officers.certified(user.getUsername(), file.departmentCode());
		if (second.equals(user.getUsername())) {
			throw PenaltyRules.invalid("error.penalty.officer.two-needed", PenaltyOfficers.MINIMUM_ON_A_CASE);
		}
		Evidence evidence = new Evidence(UUID.randomUUID().toString(), caseNo, request.kind(),
				PenaltyRules.text(request.description(), "description", 2000), this.timeline.now(), user.getUsername(),
				second);
		this.mapper.insertEvidence(evidence);
		this.timeline.record(caseNo, "EVIDENCE_RECORDED", user.getUsername(), evidence.kind());
		return evidence;
	}

	/**
	 * The benchmark for circumstances not yet proposed: what the officer's form shows.
	 * Not read-only: the engine records each evaluation in its decision history, which
	 * MySQL refuses on a read-only connection.
	 */
	public Benchmark preview(BenchmarkQuery query, PlatformUser user) {
		if (query == null || query.legalBasis() == null
				|| !this.properties.legalBases().containsKey(query.legalBasis())) {
			throw PenaltyRules.invalid("error.penalty.legal-basis.unknown",
					String.valueOf((query != null) ? query.legalBasis() : null));
		}
		return this.benchmarks.measure(query.legalBasis(), factors(query.factors()), query.goodsValue());
	}

	/** Ends the investigation with the proposed penalty. */
	public Assessment propose(String caseNo, Proposal request, PlatformUser user) {
		PenaltyCase file = this.access.actingAs(caseNo, user, Role.PENALTY_OFFICER);
		this.tasks.open(file, "Investigate");
		if (this.officers.certifiedOn(caseNo).size() < PenaltyOfficers.MINIMUM_ON_A_CASE) {
			throw PenaltyRules.conflict("error.penalty.officer.two-needed", PenaltyOfficers.MINIMUM_ON_A_CASE);
		}
		if (this.mapper.evidence(caseNo).isEmpty()) {
			throw PenaltyRules.conflict("error.penalty.evidence.none");
		}
		if (request == null) {
			throw PenaltyRules.invalid("error.penalty.field.required", "body");
		}
		LegalBasis basis = this.properties.legalBases().get(file.legalBasis());
		BigDecimal goodsValue = request.goodsValue();
		if (basis.fineByGoodsValue() && (goodsValue == null || goodsValue.signum() < 0)) {
			throw PenaltyRules.invalid("error.penalty.goods-value");
		}
		BigDecimal fine = PenaltyRules.penalty(basis, request.penaltyKind(), request.fine());
		Benchmark benchmark = this.benchmarks.measure(file.legalBasis(), factors(request.factors()), goodsValue);
		String reason = (request.outOfBandReason() != null && !request.outOfBandReason().isBlank())
				? PenaltyRules.text(request.outOfBandReason(), "outOfBandReason", 2000) : null;
		boolean outside = PenaltyRules.proposal(benchmark, request.penaltyKind(), fine, reason);
		boolean major = Boolean.TRUE.equals(request.major());
		boolean complex = Boolean.TRUE.equals(request.complex());
		Assessment assessment = new Assessment(caseNo, major, complex, goodsValue, benchmark.outcome(),
				benchmark.outcomeVersion(), benchmark.bandVersion(), benchmark.statutoryMin(), benchmark.statutoryMax(),
				benchmark.bandMin(), benchmark.bandMax(), request.penaltyKind(), fine, outside ? reason : null);
		this.mapper.setAssessment(assessment);
		this.mapper.setStage(caseNo, "HEAD_REVIEW");
		this.tasks.complete(file, "Investigate", user,
				Map.of("legalReviewRequired", major || complex || outside, "outOfBand", outside));
		return assessment;
	}

	private static LiabilityFactors factors(LiabilityFactors factors) {
		return (factors != null) ? factors : new LiabilityFactors(null, null, null, null, null, null, null, null);
	}

}
