package cn.egov.approval.archive;

import java.util.List;

/**
 * One page of archived notices, newest first.
 *
 * @param notices the page
 * @param total how many match in all
 * @param page the page number, from 0
 * @param size the page size
 */
public record NoticePage(List<ArchivedNotice> notices, long total, int page, int size) {
}
