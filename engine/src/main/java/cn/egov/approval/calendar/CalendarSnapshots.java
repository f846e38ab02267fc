package cn.egov.approval.calendar;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import cn.egov.approval.coordination.EventFanOut;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds the current {@link CalendarSnapshot}, loaded on first use and rebuilt whenever
 * the calendar tables change, on this node and, through the {@link EventFanOut}, on every
 * other node. Deliberately free of any engine dependency: the Camunda business calendar
 * reads it while the engine is still being built.
 */
@Component
public class CalendarSnapshots {

	static final String CHANNEL = "calendar";

	private static final Logger log = LoggerFactory.getLogger(CalendarSnapshots.class);

	private final CalendarLoader loader;

	private final EventFanOut fanOut;

	/** Tells this node's own change messages from other nodes'. */
	private final String nodeId = UUID.randomUUID().toString();

	private final AtomicReference<CalendarSnapshot> current = new AtomicReference<>();

	/** A not yet committed snapshot, visible only to the thread writing it. */
	private final ThreadLocal<CalendarSnapshot> uncommitted = new ThreadLocal<>();

	private final AutoCloseable subscription;

	CalendarSnapshots(CalendarLoader loader, EventFanOut fanOut) {
		this.loader = loader;
		this.fanOut = fanOut;
		this.subscription = fanOut.subscribe(CHANNEL, this::changedElsewhere);
	}

	/** The snapshot in force (for the thread saving a change: the one it is saving). */
	public CalendarSnapshot current() {
		CalendarSnapshot pending = this.uncommitted.get();
		if (pending != null) {
			return pending;
		}
		CalendarSnapshot snapshot = this.current.get();
		return (snapshot != null) ? snapshot : reload();
	}

	/** Reads the tables again and puts the result in force on this node. */
	public CalendarSnapshot reload() {
		CalendarSnapshot snapshot = this.loader.load();
		this.current.set(snapshot);
		return snapshot;
	}

	/**
	 * Runs {@code work} inside the current transaction with the changed tables' snapshot
	 * in force for this thread only (so that recalculated timers see the new schedule
	 * while other threads keep the committed one), and puts it in force everywhere once
	 * the transaction commits. A rollback leaves every node as it was.
	 */
	<T> T whileSaving(Supplier<T> work) {
		this.uncommitted.set(this.loader.load());
		try {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					reload();
					CalendarSnapshots.this.fanOut.publish(CHANNEL, CalendarSnapshots.this.nodeId);
				}
			});
			return work.get();
		}
		finally {
			this.uncommitted.remove();
		}
	}

	private void changedElsewhere(String originNodeId) {
		if (this.nodeId.equals(originNodeId) || this.current.get() == null) {
			return;
		}
		log.info("Working-day calendar changed on another node; reloading");
		reload();
	}

	@PreDestroy
	void stopListening() throws Exception {
		this.subscription.close();
	}

}
