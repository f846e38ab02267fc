package cn.egov.approval.casework;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.catalog.FileNames;
import cn.egov.approval.notices.PartyNotices;
import cn.egov.approval.notices.NoticeService;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/cases}: applications, their materials, pauses, extension and notices. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

	private final CaseIntake intake;

	private final CaseMaterials materials;

	private final CaseQueries queries;

	private final CasePauses pauses;

	private final CaseExtensions extensions;

	private final CaseFiles files;

	private final NoticeService notices;

	CaseController(CaseIntake intake, CaseMaterials materials, CaseQueries queries, CasePauses pauses,
			CaseExtensions extensions, CaseFiles files, NoticeService notices) {
		this.intake = intake;
		this.materials = materials;
		this.queries = queries;
		this.pauses = pauses;
		this.extensions = extensions;
		this.files = files;
		this.notices = notices;
	}

	@PostMapping
	@PreAuthorize(CaseworkRoles.APPLYING)
	@ResponseStatus(HttpStatus.CREATED)
	CaseIntake.Received apply(@RequestBody ApplicationRequest request, @AuthenticationPrincipal PlatformUser user) {
		return this.intake.apply(request, user);
	}

	@GetMapping
	@PreAuthorize(CaseworkRoles.SIGNED_IN)
	CaseSummary.Page list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String department, @RequestParam(required = false) Boolean overdue,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@AuthenticationPrincipal PlatformUser user) {
		return this.queries.list(user, status, department, overdue, page, size);
	}

	@GetMapping("/{caseNo}")
	@PreAuthorize(CaseworkRoles.SIGNED_IN)
	CaseDetail detail(@PathVariable String caseNo, @AuthenticationPrincipal PlatformUser user) {
		return this.queries.detail(caseNo, user);
	}

	@PostMapping(path = "/{caseNo}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(CaseworkRoles.APPLYING)
	@ResponseStatus(HttpStatus.CREATED)
	CaseMaterial upload(@PathVariable String caseNo, @RequestParam("file") MultipartFile file,
			@RequestParam("materialIndex") Integer materialIndex, @AuthenticationPrincipal PlatformUser user)
			throws IOException {
		return this.materials.upload(caseNo, materialIndex, file.getOriginalFilename(), file.getBytes(), user);
	}

	@GetMapping("/{caseNo}/materials/{id}")
	@PreAuthorize(CaseworkRoles.SIGNED_IN)
	ResponseEntity<byte[]> material(@PathVariable String caseNo, @PathVariable String id,
			@AuthenticationPrincipal PlatformUser user) {
		CaseMaterials.MaterialContent content = this.materials.read(caseNo, id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.material().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					FileNames.contentDisposition(content.material().fileName()).replaceFirst("^attachment", "inline"))
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(content.content());
	}

	@PostMapping("/{caseNo}/supplement")
	@PreAuthorize(CaseworkRoles.APPLYING)
	CaseDetail supplement(@PathVariable String caseNo, @RequestBody(required = false) Map<String, String> body,
			@AuthenticationPrincipal PlatformUser user) {
		this.materials.supplement(caseNo, (body != null) ? body.get("note") : null, user);
		return this.queries.detail(caseNo, user);
	}

	@PostMapping("/{caseNo}/pauses")
	@PreAuthorize(CaseworkRoles.HANDLING)
	@ResponseStatus(HttpStatus.CREATED)
	CaseDetail.Pause startPause(@PathVariable String caseNo, @RequestBody CasePauses.PauseRequest request,
			@AuthenticationPrincipal PlatformUser user) {
		return pauseView(caseNo, this.pauses.start(caseNo, request, user).id(), user);
	}

	@PostMapping("/{caseNo}/pauses/{id}/end")
	@PreAuthorize(CaseworkRoles.HANDLING)
	CaseDetail.Pause endPause(@PathVariable String caseNo, @PathVariable String id,
			@AuthenticationPrincipal PlatformUser user) {
		return pauseView(caseNo, this.pauses.end(caseNo, id, user).id(), user);
	}

	@PostMapping("/{caseNo}/extension")
	@PreAuthorize(CaseworkRoles.HANDLING)
	@ResponseStatus(HttpStatus.CREATED)
	CaseDetail.Extension extension(@PathVariable String caseNo, @RequestBody CaseExtensions.ExtensionRequest request,
			@AuthenticationPrincipal PlatformUser user) {
		return this.extensions.request(caseNo, request, user);
	}

	@GetMapping("/{caseNo}/notices")
	@PreAuthorize(CaseworkRoles.SIGNED_IN)
	List<NoticeSummary> notices(@PathVariable String caseNo, @AuthenticationPrincipal PlatformUser user) {
		this.files.readable(caseNo, user);
		// The applicant's documents; supervision's notices to the department live with
		// their cards.
		return this.notices.findByCase(caseNo)
			.stream()
			.filter((notice) -> PartyNotices.isPartyNotice(notice.type()))
			.map(NoticeSummary::of)
			.toList();
	}

	private CaseDetail.Pause pauseView(String caseNo, String id, PlatformUser user) {
		return this.queries.detail(caseNo, user)
			.pauses()
			.stream()
			.filter((pause) -> pause.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

}
