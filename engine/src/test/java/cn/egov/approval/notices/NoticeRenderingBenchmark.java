package cn.egov.approval.notices;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Notices rendered per second on one thread with the parsed font reused (issue 4 asks for
 * at least 100/s). Prints figures, asserts nothing about time: run with
 * {@code ./mvnw -B test -pl sql,engine -Dtest=NoticeRenderingBenchmark -Dplatform.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "platform.benchmark", matches = "true")
class NoticeRenderingBenchmark {

	private static final int WARM_UP = 200;

	private static final int MEASURED = 1000;

	@Test
	void printNoticesPerSecondOnOneThread() {
		NoticeRenderer renderer = new NoticeRenderer(new NoticeFonts());
		List<NoticeContent> samples = List.copyOf(NoticeSamples.withRequiredTexts().keySet());
		long firstStart = System.nanoTime();
		render(renderer, samples, 0);
		long firstNanos = System.nanoTime() - firstStart;
		for (int i = 1; i < WARM_UP; i++) {
			render(renderer, samples, i);
		}
		long[] nanos = new long[MEASURED];
		long bytes = 0;
		// The machine may be shared: CPU time shows the cost when wall time wobbles.
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		for (int i = 0; i < MEASURED; i++) {
			long t0 = System.nanoTime();
			bytes += render(renderer, samples, i).length;
			nanos[i] = System.nanoTime() - t0;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / MEASURED;
		Arrays.sort(nanos);
		System.out.printf(
				"notices: first %.0f ms (font parse + seal); %d notices in %.2f s = %.1f notices/s on one thread;"
						+ " p50 %.1f ms, p95 %.1f ms; CPU %.2f ms per notice; mean size %d KB%n",
				firstNanos / 1e6, MEASURED, seconds, MEASURED / seconds, nanos[MEASURED / 2] / 1e6,
				nanos[MEASURED * 95 / 100] / 1e6, cpuMillis, bytes / MEASURED / 1024);
	}

	private static byte[] render(NoticeRenderer renderer, List<NoticeContent> samples, int i) {
		NoticeContent content = samples.get(i % samples.size());
		return renderer.render(NoticeDocument.of(content, NoticeSamples.AGENCY,
				"示县市监" + content.type().serialTag() + "〔2026〕" + (i + 1) + "号", LocalDate.of(2026, 10, 12)));
	}

}
