package cn.egov.approval.scoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the rollups at start-up when the platform is started with
 * {@code --scores.rebuild} (after a restore, or a change of the rules), before anyone
 * reads them; {@code POST /api/scores/rebuild} does the same on a running platform.
 */
@Component
class ScoreRebuildRunner implements ApplicationRunner {

	static final String OPTION = "scores.rebuild";

	private static final Logger log = LoggerFactory.getLogger(ScoreRebuildRunner.class);

	private final ScoreRebuild rebuild;

	ScoreRebuildRunner(ScoreRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!arguments.containsOption(OPTION)) {
			return;
		}
		long start = System.nanoTime();
		int rows = this.rebuild.rebuild();
		log.info("Rebuilt {} score rollup rows in {} ms", rows, (System.nanoTime() - start) / 1_000_000);
	}

}
