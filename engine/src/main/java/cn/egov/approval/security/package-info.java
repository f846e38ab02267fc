/**
 * Who may call what: browser sessions with CSRF protection, HTTP Basic for scripts and
 * the desktop Modeler, JSON 401/403 answers, login throttling, and the hand-over of the
 * user to Camunda's REST API.
 */
package cn.egov.approval.security;
