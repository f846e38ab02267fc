package cn.egov.approval.scoring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Roles;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/scores}: scores, staff figures, trends, the bulletin, weights, rebuild. */
@RestController
class ScoreController {

	/**
	 * Supervisors, and those who read a region's supervision (auditors, administrators).
	 */
	static final String READERS = "hasAnyRole('DEPT_SUPERVISOR','BUREAU_SUPERVISOR','AUDITOR','ADMIN')";

	/** Those who read a whole region. */
	static final String REGION_READERS = "hasAnyRole('BUREAU_SUPERVISOR','AUDITOR','ADMIN')";

	/** Who edits the weights: the supervision bureau and administrators. */
	static final String WEIGHT_EDITORS = "hasAnyRole('BUREAU_SUPERVISOR','ADMIN')";

	private final ScoreQueries queries;

	private final ScoreTrends trends;

	private final ScoreWeights weights;

	private final ScoreBulletins bulletins;

	private final ScoreRebuild rebuild;

	ScoreController(ScoreQueries queries, ScoreTrends trends, ScoreWeights weights, ScoreBulletins bulletins,
			ScoreRebuild rebuild) {
		this.queries = queries;
		this.trends = trends;
		this.weights = weights;
		this.bulletins = bulletins;
		this.rebuild = rebuild;
	}

	@GetMapping("/api/scores")
	@PreAuthorize(READERS)
	List<DepartmentScore> departments(@RequestParam(required = false) String period,
			@RequestParam(required = false) String region, @AuthenticationPrincipal PlatformUser user) {
		return this.queries.departments(user, period, region);
	}

	@GetMapping("/api/scores/staff")
	@PreAuthorize(READERS)
	List<StaffScore> staff(@RequestParam(required = false) String period,
			@RequestParam(required = false) String department, @AuthenticationPrincipal PlatformUser user) {
		return this.queries.staff(user, period, department);
	}

	@GetMapping("/api/scores/trend")
	@PreAuthorize(READERS)
	List<ScoreTrends.TrendPoint> trend(@RequestParam(required = false) String period,
			@RequestParam(required = false) String region, @AuthenticationPrincipal PlatformUser user) {
		return this.trends.months(user, period, region);
	}

	@GetMapping("/api/scores/bulletin")
	@PreAuthorize(REGION_READERS)
	ResponseEntity<byte[]> bulletin(@RequestParam(required = false) String period,
			@RequestParam(required = false) String region, @AuthenticationPrincipal PlatformUser user) {
		ScoreBulletins.Issued issued = this.bulletins.current(user, period, region);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"score-bulletin-" + issued.period() + ".pdf\"")
			.header("X-Notice-Id", issued.notice().id())
			// Header values are ASCII: the serial number (示监效通〔2026〕1号) travels
			// URL-encoded.
			.header("X-Notice-Serial", URLEncoder.encode(issued.notice().serialNo(), StandardCharsets.UTF_8))
			.header("X-Notice-Sha256", issued.notice().sha256())
			.body(issued.pdf());
	}

	@GetMapping("/api/scores/bulletin/availability")
	@PreAuthorize(REGION_READERS)
	ScoreBulletins.Availability bulletinAvailability(@RequestParam(required = false) String period,
			@RequestParam(required = false) String region, @AuthenticationPrincipal PlatformUser user) {
		return this.bulletins.availability(user, period, region);
	}

	@GetMapping("/api/scores/weights")
	@PreAuthorize(READERS)
	Map<ScoreWeight, Integer> weights() {
		return this.weights.current();
	}

	@PutMapping("/api/scores/weights")
	@PreAuthorize(WEIGHT_EDITORS)
	Map<ScoreWeight, Integer> replaceWeights(@RequestBody Map<ScoreWeight, Integer> weights,
			@AuthenticationPrincipal PlatformUser user) {
		return this.weights.replace(weights, user.getUsername());
	}

	@PostMapping("/api/scores/rebuild")
	@PreAuthorize(Roles.ADMIN)
	Map<String, Integer> rebuild() {
		return Map.of("rows", this.rebuild.rebuild());
	}

}
