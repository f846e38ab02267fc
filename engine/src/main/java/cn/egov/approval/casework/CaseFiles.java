package cn.egov.approval.casework;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Finds a case for a caller: a case the caller may not see is answered exactly as a case
 * that does not exist, so case numbers cannot be probed.
 */
@Component
class CaseFiles {

	private final CaseMapper mapper;

	private final CaseAccess access;

	CaseFiles(CaseMapper mapper, CaseAccess access) {
		this.mapper = mapper;
		this.access = access;
	}

	CaseFile readable(String caseNo, PlatformUser user) {
		return this.mapper.find(caseNo)
			.filter((file) -> this.access.canRead(user, file))
			.orElseThrow(() -> notFound(caseNo));
	}

	/** The same, with the row locked until commit. */
	CaseFile lockReadable(String caseNo, PlatformUser user) {
		readable(caseNo, user);
		return this.mapper.lock(caseNo).orElseThrow(() -> notFound(caseNo));
	}

	static NotFoundException notFound(String caseNo) {
		return new NotFoundException("error.case.unknown", caseNo);
	}

}
