package cn.egov.approval.penalty;

import java.util.List;
import java.util.Map;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.penalty.DiscretionBenchmarks.Benchmark;
import cn.egov.approval.penalty.PenaltyProperties.LegalBasis;
import cn.egov.approval.penalty.PenaltyRecords.Assessment;
import cn.egov.approval.penalty.PenaltyRecords.Evidence;
import cn.egov.approval.penalty.PenaltyRecords.Pause;
import cn.egov.approval.penalty.PenaltyRequests.BenchmarkQuery;
import cn.egov.approval.penalty.PenaltyRequests.EvidenceRecord;
import cn.egov.approval.penalty.PenaltyRequests.Filing;
import cn.egov.approval.penalty.PenaltyRequests.OnTheSpot;
import cn.egov.approval.penalty.PenaltyRequests.PauseRequest;
import cn.egov.approval.penalty.PenaltyRequests.Proposal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/penalty}: filing, the simplified procedure, cases, investigation and the
 * benchmark; the steps after are in {@link PenaltyStepController}. Roles here, case scope
 * in the services.
 */
@RestController
@RequestMapping("/api/penalty")
@PreAuthorize(PenaltyController.STAFF)
class PenaltyController {

	/** The agency's staff who take part in penalty cases, and those who read them. */
	static final String STAFF = "hasAnyRole('PENALTY_OFFICER','LEGAL_REVIEWER','SECTION_HEAD','DEPUTY_LEADER','LEADER',"
			+ "'DEPT_SUPERVISOR','BUREAU_SUPERVISOR','AUDITOR','ADMIN')";

	static final String OFFICER = "hasRole('PENALTY_OFFICER')";

	private final PenaltyFiling filing;

	private final PenaltyQueries queries;

	private final PenaltyInvestigation investigation;

	private final PenaltyPauses pauses;

	PenaltyController(PenaltyFiling filing, PenaltyQueries queries, PenaltyInvestigation investigation,
			PenaltyPauses pauses) {
		this.filing = filing;
		this.queries = queries;
		this.investigation = investigation;
		this.pauses = pauses;
	}

	@GetMapping("/legal-bases")
	Map<String, LegalBasis> legalBases() {
		return this.queries.legalBases();
	}

	@PostMapping("/cases")
	@PreAuthorize(OFFICER)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, String> file(@RequestBody Filing request, @AuthenticationPrincipal PlatformUser user) {
		return Map.of("caseNo", this.filing.file(request, user));
	}

	@PostMapping("/on-the-spot")
	@PreAuthorize(OFFICER)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, String> onTheSpot(@RequestBody OnTheSpot request, @AuthenticationPrincipal PlatformUser user) {
		return Map.of("caseNo", this.filing.onTheSpot(request, user));
	}

	@GetMapping("/cases")
	List<PenaltyCase> list(@AuthenticationPrincipal PlatformUser user) {
		return this.queries.list(user);
	}

	@GetMapping("/cases/{caseNo}")
	PenaltyDetail detail(@PathVariable String caseNo, @AuthenticationPrincipal PlatformUser user) {
		return this.queries.detail(caseNo, user);
	}

	@GetMapping("/cases/{caseNo}/notices/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String caseNo, @PathVariable String id,
			@AuthenticationPrincipal PlatformUser user) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(this.queries.pdf(caseNo, id, user));
	}

	@PostMapping("/benchmark")
	Benchmark benchmark(@RequestBody BenchmarkQuery query, @AuthenticationPrincipal PlatformUser user) {
		return this.investigation.preview(query, user);
	}

	@PostMapping("/cases/{caseNo}/evidence")
	@PreAuthorize(OFFICER)
	@ResponseStatus(HttpStatus.CREATED)
	Evidence evidence(@PathVariable String caseNo, @RequestBody EvidenceRecord request,
			@AuthenticationPrincipal PlatformUser user) {
		return this.investigation.recordEvidence(caseNo, request, user);
	}

	@PostMapping("/cases/{caseNo}/proposal")
	@PreAuthorize(OFFICER)
	Assessment propose(@PathVariable String caseNo, @RequestBody Proposal request,
			@AuthenticationPrincipal PlatformUser user) {
		return this.investigation.propose(caseNo, request, user);
	}

	@PostMapping("/cases/{caseNo}/pauses")
	@PreAuthorize(OFFICER)
	@ResponseStatus(HttpStatus.CREATED)
	Pause pause(@PathVariable String caseNo, @RequestBody PauseRequest request,
			@AuthenticationPrincipal PlatformUser user) {
		return this.pauses.start(caseNo, request, user);
	}

	@PostMapping("/cases/{caseNo}/pauses/{id}/end")
	@PreAuthorize(OFFICER)
	Pause endPause(@PathVariable String caseNo, @PathVariable String id, @AuthenticationPrincipal PlatformUser user) {
		return this.pauses.end(caseNo, id, user);
	}

}
