/**
 * The reform office's modeling workbench: item processes generated from the catalog,
 * drafts of processes, decision tables and forms, deployment, versions and migration.
 */
package cn.egov.approval.modeling;
