/**
 * What several nodes must share: short-lived codes, rate-limit counters and pub/sub
 * fan-out. Each has an in-process implementation (one node, the embedded default) and a
 * Redis one (the {@code redis} profile), behind one interface.
 */
package cn.egov.approval.coordination;
