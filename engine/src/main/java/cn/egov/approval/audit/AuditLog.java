package cn.egov.approval.audit;

import java.time.LocalDate;
import java.time.ZoneId;

import cn.egov.approval.web.BadRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log for auditors: filtered, newest first, a page at a time. */
@Service
class AuditLog {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final int MAX_PAGE = 100_000;

	private final AuditMapper mapper;

	private final AuditProperties properties;

	AuditLog(AuditMapper mapper, AuditProperties properties) {
		this.mapper = mapper;
		this.properties = properties;
	}

	/**
	 * @param from first day included (Asia/Shanghai), or {@code null}
	 * @param to last day included, or {@code null}
	 */
	@Transactional(readOnly = true)
	AuditPage search(String actor, String caseNo, String action, LocalDate from, LocalDate to, int page) {
		if (page < 0 || page > MAX_PAGE) {
			throw new BadRequestException("error.audit.page");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new BadRequestException("error.audit.range");
		}
		AuditMapper.AuditFilter filter = new AuditMapper.AuditFilter(blankToNull(actor), blankToNull(caseNo),
				blankToNull(action), (from != null) ? from.atStartOfDay(ZONE).toInstant() : null,
				(to != null) ? to.plusDays(1).atStartOfDay(ZONE).toInstant() : null);
		int size = this.properties.pageSize();
		return new AuditPage(this.mapper.search(filter, page * size, size), this.mapper.count(filter), page, size);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
