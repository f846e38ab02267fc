package cn.egov.approval.casework;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.catalog.FileNames;
import cn.egov.approval.notices.PartyNotices;
import cn.egov.approval.notices.NoticeService;
import cn.egov.approval.notices.StoredNotice;
import cn.egov.approval.web.NotFoundException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/notices/{id}/pdf}: a licensing notice exactly as issued, for whoever
 * may read its case (the applicant, the department's staff, supervisors and auditors of
 * the region). Supervision's notices to a department are served with their cards and from
 * the auditors' archive, never to the applicant.
 */
@RestController
class NoticeController {

	private final NoticeService notices;

	private final CaseFiles files;

	NoticeController(NoticeService notices, CaseFiles files) {
		this.notices = notices;
		this.files = files;
	}

	@GetMapping("/api/notices/{id}/pdf")
	@PreAuthorize(CaseworkRoles.SIGNED_IN)
	ResponseEntity<byte[]> pdf(@PathVariable String id, @AuthenticationPrincipal PlatformUser user) {
		StoredNotice notice = this.notices.find(id)
			.filter((found) -> found.caseNo() != null && PartyNotices.isPartyNotice(found.type()))
			.orElseThrow(() -> new NotFoundException("error.notice.unknown"));
		try {
			this.files.readable(notice.caseNo(), user);
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("error.notice.unknown");
		}
		byte[] pdf = this.notices.pdf(id).orElseThrow(() -> new NotFoundException("error.notice.unknown"));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					FileNames.contentDisposition(notice.title() + "-" + notice.caseNo() + ".pdf"))
			.header("X-Content-Sha256", notice.sha256())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(pdf);
	}

}
