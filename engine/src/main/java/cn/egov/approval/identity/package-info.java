/**
 * Camunda's identity and authorization fed from the platform's own accounts: one user
 * store for Spring Security, candidate groups, Tasklist, Cockpit and the REST API.
 */
package cn.egov.approval.identity;
