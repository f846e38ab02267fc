/**
 * Cross-cutting web plumbing: JSON errors, message resolution and serving the single-page
 * app.
 */
package cn.egov.approval.web;
