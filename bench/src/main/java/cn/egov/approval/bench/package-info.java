/**
 * JMH benchmarks of the platform's hot arithmetic, run by hand (see
 * {@code bench/README.md}).
 */
package cn.egov.approval.bench;
