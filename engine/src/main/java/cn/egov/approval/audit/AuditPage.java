package cn.egov.approval.audit;

import java.util.List;

/**
 * One page of audit entries, newest first, and how many match in all.
 *
 * @param entries the page's entries
 * @param total the number of matching entries
 * @param page the page number, from 0
 * @param size the page size
 */
public record AuditPage(List<AuditRecord> entries, long total, int page, int size) {
}
