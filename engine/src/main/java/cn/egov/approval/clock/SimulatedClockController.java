package cn.egov.approval.clock;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import cn.egov.approval.accounts.Roles;
import cn.egov.approval.web.BadRequestException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets an administrator move the simulated clock. Absent (so 404) when simulation is
 * switched off.
 */
@RestController
@RequestMapping("/api/admin/clock")
@ConditionalOnProperty(name = "platform.simulation.enabled", havingValue = "true")
class SimulatedClockController {

	private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

	private final SimulatedClock clock;

	SimulatedClockController(SimulatedClock clock) {
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize(Roles.ADMIN)
	ClockState current() {
		return state();
	}

	@PostMapping
	@PreAuthorize(Roles.ADMIN)
	ClockState move(@RequestBody ClockRequest request) {
		boolean hasNow = request.now() != null && !request.now().isBlank();
		if (hasNow == request.isReset()) {
			throw new BadRequestException("error.clock.now-or-reset");
		}
		if (request.isReset()) {
			this.clock.reset();
		}
		else {
			this.clock.moveTo(parse(request.now().trim()));
		}
		return state();
	}

	private ClockState state() {
		OffsetDateTime now = this.clock.now()
			.atZone(PlatformClock.ZONE)
			.toOffsetDateTime()
			.truncatedTo(ChronoUnit.SECONDS);
		return new ClockState(now, this.clock.isSimulated());
	}

	private static Instant parse(String text) {
		Instant instant;
		try {
			instant = OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeException withoutOffset) {
			try {
				instant = LocalDateTime.parse(text).atZone(PlatformClock.ZONE).toInstant();
			}
			catch (DateTimeException ex) {
				throw new BadRequestException("error.clock.unparsable", text);
			}
		}
		if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
			throw new BadRequestException("error.clock.too-far", text);
		}
		return instant;
	}

}
