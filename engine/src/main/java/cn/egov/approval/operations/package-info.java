/** Running the platform: start-up figures and other operator-facing behaviour. */
package cn.egov.approval.operations;
