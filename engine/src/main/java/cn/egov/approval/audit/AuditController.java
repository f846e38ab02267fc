package cn.egov.approval.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit/verify} walks the hash chain; {@code GET /api/audit/entries}
 * searches the log. Auditors and administrators only; the log covers the whole platform.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

	private final AuditVerifier verifier;

	private final AuditLog log;

	AuditController(AuditVerifier verifier, AuditLog log) {
		this.verifier = verifier;
		this.log = log;
	}

	@GetMapping("/verify")
	@PreAuthorize(AuditRoles.READERS)
	ChainVerification verify() {
		return this.verifier.verify();
	}

	@GetMapping("/entries")
	@PreAuthorize(AuditRoles.READERS)
	AuditPage entries(@RequestParam(required = false) String user, @RequestParam(required = false) String caseNo,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page) {
		return this.log.search(user, caseNo, action, from, to, page);
	}

}
