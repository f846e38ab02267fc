package cn.egov.approval.scoring;

import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** The start-up rebuild runs only when asked for. */
class ScoreRebuildRunnerTest {

	private final ScoreRebuild rebuild = mock(ScoreRebuild.class);

	private final ScoreRebuildRunner runner = new ScoreRebuildRunner(this.rebuild);

	@Test
	void shouldRebuildWhenStartedWithTheOption() {
		this.runner.run(new DefaultApplicationArguments("--scores.rebuild"));
		verify(this.rebuild).rebuild();
	}

	@Test
	void shouldLeaveTheRollupsAloneOtherwise() {
		this.runner.run(new DefaultApplicationArguments("--spring.profiles.active=demo"));
		verify(this.rebuild, never()).rebuild();
	}

}
