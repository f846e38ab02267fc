package cn.egov.approval.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.supervision.WarningMapper.WarningRow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises warnings exactly once per case, kind and deadline, and moves them through OPEN →
 * HANDLING → CLOSED. Raising joins the caller's transaction (the engine's, when a history
 * event raised it): the unique key makes a second node or a retried job find the warning
 * there, and {@link WarningRaised} is published inside that transaction.
 */
@Service
public class Warnings {

	static final String SYSTEM = "system";

	private final WarningMapper mapper;

	private final WarningLevels levels;

	private final WarningNotifications notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Warnings(WarningMapper mapper, WarningLevels levels, WarningNotifications notifications,
			ApplicationEventPublisher events, Clock clock) {
		this.mapper = mapper;
		this.levels = levels;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Raises a warning unless the level table switches its kind off or it was raised
	 * before.
	 * @param candidate the warning
	 * @return the warning when raised now
	 */
	@Transactional
	public Optional<Warning> raise(WarningCandidate candidate) {
		Optional<WarningLevel> level = this.levels.level(candidate.kind(), candidate.context());
		if (level.isEmpty() || candidate.departmentCode() == null
				|| this.mapper.exists(candidate.caseNo(), candidate.kind(), candidate.key())) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		LocalDateTime at = local(now);
		WarningRow row = new WarningRow(null, candidate.caseNo(), candidate.departmentCode(), level.get().name(),
				candidate.kind(), candidate.key(), candidate.deadline(), truncate(candidate.detail()),
				candidate.factId(), at, WarningStatus.OPEN.name(), at, SYSTEM);
		SupervisionFactMapper.GeneratedKey key = new SupervisionFactMapper.GeneratedKey();
		try {
			this.mapper.insert(row, key);
		}
		catch (DuplicateKeyException ex) {
			// Another node (or transaction) raised it first and has committed.
			return Optional.empty();
		}
		this.events.publishEvent(new WarningRaised(key.getId(), candidate.caseNo(), candidate.departmentCode(),
				level.get(), candidate.kind(), now));
		this.notifications.tell(row, level.get());
		return this.mapper.find(key.getId()).map(Warnings::view);
	}

	/**
	 * Moves a warning on as its supervision card does; a card may stand for a warning
	 * this platform does not hold (one that came through the data exchange), which is
	 * left alone, as is a move back (the card's steps only move it on).
	 * @param id the warning's id
	 * @param status its new status
	 * @return whether it moved
	 */
	boolean followCard(long id, WarningStatus status) {
		List<String> from = status.reachableFrom();
		return !from.isEmpty()
				&& this.mapper.updateStatus(id, from, status.name(), local(this.clock.instant()), SYSTEM) == 1;
	}

	static Warning view(WarningRow row) {
		return new Warning(row.id(), row.caseNo(), row.departmentCode(), row.level(), row.kind(),
				row.raisedAt().atZone(PlatformClock.ZONE).toOffsetDateTime(), row.status(), row.deadline(),
				row.detail());
	}

	static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, PlatformClock.ZONE).withNano(0);
	}

	private static String truncate(String text) {
		return (text != null && text.length() > 1000) ? text.substring(0, 1000) : text;
	}

}
