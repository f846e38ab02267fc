/**
 * PDF notices: one content record per notice type (the licensing ones in
 * {@link cn.egov.approval.notices.LicensingNoticeType}; other features add their own
 * {@link cn.egov.approval.notices.NoticeType}), rendered by
 * {@link cn.egov.approval.notices.NoticeRenderer} as A4 official documents with an
 * embedded Chinese subset font and the agency's demonstration seal, and numbered, hashed
 * and stored by {@link cn.egov.approval.notices.NoticeService}. Casework, supervision and
 * scoring call it; it calls none of them.
 */
package cn.egov.approval.notices;
