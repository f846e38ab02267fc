/**
 * User accounts and roles: the one user store behind Spring Security and Camunda's
 * identity service.
 */
package cn.egov.approval.accounts;
