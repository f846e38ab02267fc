/**
 * The engine side of supervision: a history event handler, added next to Camunda's own
 * database handler by a process engine plugin, turns the licensing processes' history
 * events into supervision facts in the engine's transaction.
 */
package cn.egov.approval.supervision.history;
