/**
 * The auditor archive: every issued notice searched by case, type, department and date
 * within the reader's region, downloaded, and verified against the SHA-256 recorded when
 * it was issued, by serial number or by an uploaded PDF.
 */
package cn.egov.approval.archive;
