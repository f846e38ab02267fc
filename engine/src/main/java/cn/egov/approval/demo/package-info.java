/**
 * Demo data: a fictional county with its departments and a login for every role, loaded
 * once.
 */
package cn.egov.approval.demo;
