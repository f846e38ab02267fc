/**
 * The platform's process conventions, checked with the bpmnlint rules of {@code lint/} on
 * every deployment (the desktop Modeler's {@code /engine-rest}, the workbench,
 * auto-deployment) and served to the in-browser modeler as its lint configuration.
 */
package cn.egov.approval.lint;
