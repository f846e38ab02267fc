/**
 * The supervision board: a snapshot of open, overdue and today's cases per department,
 * and new warnings pushed live to every node's viewers (server-sent events, fanned out
 * through {@link cn.egov.approval.coordination.EventFanOut}: Redis pub/sub, or
 * in-process).
 */
package cn.egov.approval.supervision.board;
