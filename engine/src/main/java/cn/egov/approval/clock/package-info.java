/**
 * The one clock of the platform and the engine, and the simulated clock that lets tests,
 * demos and training sessions run weeks of casework in minutes.
 */
package cn.egov.approval.clock;
