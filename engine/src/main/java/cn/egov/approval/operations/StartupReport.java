package cn.egov.approval.operations;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints how long the platform took to be ready and how much heap it holds then: the
 * figures operators size by.
 */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private static final long MB = 1024 * 1024;

	@EventListener
	void ready(ApplicationReadyEvent event) {
		long jvmUptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
		MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		log.info("Platform ready: {} s since JVM start ({} s in Spring), heap used {} MB of {} MB committed, max {} MB",
				String.format("%.1f", jvmUptimeMs / 1000.0),
				String.format("%.1f", event.getTimeTaken().toMillis() / 1000.0), heap.getUsed() / MB,
				heap.getCommitted() / MB, heap.getMax() / MB);
	}

}
