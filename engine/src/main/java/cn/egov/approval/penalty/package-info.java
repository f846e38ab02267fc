/**
 * Administrative penalty cases (行政处罚, domain.md §3): the simplified and the general
 * procedure, discretion benchmarks as decision tables, the 90-day decision clock, the
 * penalty documents and fine payments.
 */
package cn.egov.approval.penalty;
