package cn.egov.approval.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import cn.egov.approval.coordination.EventFanOut;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The snapshot in force: loaded once, replaced after a committed change here and on a
 * change message from another node, and never seen by other threads before commit.
 */
class CalendarSnapshotsTest {

	private final CalendarLoader loader = mock(CalendarLoader.class);

	private final RecordingFanOut fanOut = new RecordingFanOut();

	private final CalendarSnapshot first = snapshot();

	private final CalendarSnapshot second = snapshot();

	@AfterEach
	void clearSynchronization() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void shouldLoadOnceOnFirstUse() {
		given(this.loader.load()).willReturn(this.first, this.second);
		CalendarSnapshots snapshots = new CalendarSnapshots(this.loader, this.fanOut);

		assertThat(snapshots.current()).isSameAs(this.first);
		assertThat(snapshots.current()).isSameAs(this.first);
	}

	@Test
	void shouldReloadWhenAnotherNodeChangedTheCalendar() {
		given(this.loader.load()).willReturn(this.first, this.second);
		CalendarSnapshots snapshots = new CalendarSnapshots(this.loader, this.fanOut);
		snapshots.current();

		this.fanOut.deliver("another-node");

		assertThat(snapshots.current()).isSameAs(this.second);
	}

	@Test
	void shouldShowAChangeOnlyToTheSavingThreadUntilCommit() throws Exception {
		given(this.loader.load()).willReturn(this.first, this.second, this.second);
		CalendarSnapshots snapshots = new CalendarSnapshots(this.loader, this.fanOut);
		snapshots.current();
		TransactionSynchronizationManager.initSynchronization();

		CalendarSnapshot seenOutside = snapshots.whileSaving(() -> {
			assertThat(snapshots.current()).isSameAs(this.second);
			return CompletableFuture.supplyAsync(snapshots::current).join();
		});

		assertThat(seenOutside).isSameAs(this.first);
		assertThat(snapshots.current()).isSameAs(this.first);
		TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
		assertThat(snapshots.current()).isSameAs(this.second);
		assertThat(this.fanOut.published).hasSize(1);
		// Our own message comes back to us: it must not cost another load.
		this.fanOut.deliver(this.fanOut.published.get(0));
		assertThat(snapshots.current()).isSameAs(this.second);
	}

	private static CalendarSnapshot snapshot() {
		return CalendarSnapshot.of(List.of(), List.of(), java.util.Map.of());
	}

	/** One node's view of the fan-out: records what is published, delivers by hand. */
	static final class RecordingFanOut implements EventFanOut {

		final List<String> published = new ArrayList<>();

		private final List<Consumer<String>> listeners = new ArrayList<>();

		@Override
		public void publish(String channel, String message) {
			this.published.add(message);
		}

		@Override
		public AutoCloseable subscribe(String channel, Consumer<String> listener) {
			this.listeners.add(listener);
			return () -> this.listeners.remove(listener);
		}

		void deliver(String message) {
			this.listeners.forEach((listener) -> listener.accept(message));
		}

	}

}
