package cn.egov.approval.archive;

import java.time.LocalDate;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.catalog.FileNames;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The auditor archive: {@code GET /api/archive/notices} searches issued notices,
 * {@code GET /api/archive/notices/{id}/pdf} downloads one (also notices addressed to a
 * department, which have no case), {@code GET /api/archive/notices/verify?serialNo=}
 * checks the stored copy, {@code POST /api/archive/notices/verify} checks an uploaded
 * PDF. Auditors, the supervision bureau and administrators, within their region; reading
 * only (verifying an upload stores nothing).
 */
@RestController
@RequestMapping("/api/archive/notices")
class ArchiveController {

	static final String READERS = "hasAnyRole('AUDITOR','BUREAU_SUPERVISOR','ADMIN')";

	private final NoticeArchive archive;

	ArchiveController(NoticeArchive archive) {
		this.archive = archive;
	}

	@GetMapping
	@PreAuthorize(READERS)
	NoticePage search(@RequestParam(required = false) String caseNo, @RequestParam(required = false) String type,
			@RequestParam(required = false) String department,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal PlatformUser user) {
		return this.archive.search(user, new NoticeQuery(caseNo, type, department, from, to, page));
	}

	@GetMapping("/verify")
	@PreAuthorize(READERS)
	NoticeCheck verifySerial(@RequestParam String serialNo, @AuthenticationPrincipal PlatformUser user) {
		return this.archive.checkSerial(user, serialNo);
	}

	@PostMapping(path = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(READERS)
	UploadCheck verifyUpload(@RequestPart("file") MultipartFile file, @AuthenticationPrincipal PlatformUser user) {
		return this.archive.checkUpload(user, file);
	}

	@GetMapping("/{id}/pdf")
	@PreAuthorize(READERS)
	ResponseEntity<byte[]> pdf(@PathVariable String id, @AuthenticationPrincipal PlatformUser user) {
		NoticeArchive.StoredPdf stored = this.archive.pdf(user, id);
		ArchivedNotice notice = stored.notice();
		String name = notice.title() + "-" + ((notice.caseNo() != null) ? notice.caseNo() : notice.serialNo());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(name + ".pdf"))
			.header("X-Content-Sha256", notice.sha256())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(stored.pdf());
	}

}
