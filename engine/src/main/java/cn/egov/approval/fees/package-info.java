/**
 * Central fee collection (集中收费): one ledger for every fee of the platform, the windows'
 * fiscal receipt books, daily settlement, weekly reconciliation with the bank and the
 * monthly summary for the finance bureau.
 */
package cn.egov.approval.fees;
