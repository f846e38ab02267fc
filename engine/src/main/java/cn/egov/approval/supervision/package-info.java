/**
 * E-supervision (行政效能电子监察): supervision facts observed from the engine's history,
 * warnings (reminder, yellow card, red card, anomaly) raised exactly once, and the
 * supervision-card process (督办 → 整改 → review) that deals with them.
 */
package cn.egov.approval.supervision;
