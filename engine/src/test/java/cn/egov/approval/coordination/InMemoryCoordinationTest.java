package cn.egov.approval.coordination;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryCoordinationTest {

	private final MutableClock clock = new MutableClock();

	@Test
	void shouldHandOutAShortLivedCodeOnlyOnce() {
		ShortLivedCodes codes = new InMemoryShortLivedCodes(this.clock);

		codes.put("sms:13800000000", "482913", Duration.ofMinutes(5));

		assertThat(codes.peek("sms:13800000000")).contains("482913");
		assertThat(codes.take("sms:13800000000")).contains("482913");
		assertThat(codes.take("sms:13800000000")).isEmpty();
	}

	@Test
	void shouldForgetACodeWhenItExpires() {
		ShortLivedCodes codes = new InMemoryShortLivedCodes(this.clock);
		codes.put("query:A1", "case-1", Duration.ofMinutes(5));

		this.clock.advance(Duration.ofMinutes(5));

		assertThat(codes.peek("query:A1")).isEmpty();
		assertThat(codes.take("query:A1")).isEmpty();
	}

	@Test
	void shouldCountHitsWithinAWindowAndStartAgainAfterIt() {
		RateLimiter limiter = new InMemoryRateLimiter(this.clock);

		assertThat(limiter.recordHit("login:head", Duration.ofMinutes(15))).isEqualTo(1);
		this.clock.advance(Duration.ofMinutes(10));
		assertThat(limiter.recordHit("login:head", Duration.ofMinutes(15))).isEqualTo(2);
		assertThat(limiter.hits("login:head")).isEqualTo(2);

		this.clock.advance(Duration.ofMinutes(5));

		assertThat(limiter.hits("login:head")).isZero();
		assertThat(limiter.recordHit("login:head", Duration.ofMinutes(15))).isEqualTo(1);
	}

	@Test
	void shouldForgetHitsOnReset() {
		RateLimiter limiter = new InMemoryRateLimiter(this.clock);
		limiter.recordHit("login:clerk", Duration.ofMinutes(15));

		limiter.reset("login:clerk");

		assertThat(limiter.hits("login:clerk")).isZero();
	}

	@Test
	void shouldDeliverToEverySubscriberOfTheChannelUntilClosed() throws Exception {
		EventFanOut fanOut = new InMemoryEventFanOut();
		List<String> first = new ArrayList<>();
		List<String> second = new ArrayList<>();
		List<String> otherChannel = new ArrayList<>();
		AutoCloseable subscription = fanOut.subscribe("board", first::add);
		fanOut.subscribe("board", second::add);
		fanOut.subscribe("clock", otherChannel::add);

		fanOut.publish("board", "warning:1");
		subscription.close();
		fanOut.publish("board", "warning:2");

		assertThat(first).containsExactly("warning:1");
		assertThat(second).containsExactly("warning:1", "warning:2");
		assertThat(otherChannel).isEmpty();
	}

	@Test
	void shouldKeepDeliveringWhenOneSubscriberFails() {
		EventFanOut fanOut = new InMemoryEventFanOut();
		List<String> received = new ArrayList<>();
		fanOut.subscribe("board", (message) -> {
			throw new IllegalStateException("broken subscriber");
		});
		fanOut.subscribe("board", received::add);

		fanOut.publish("board", "card:red");

		assertThat(received).containsExactly("card:red");
	}

}
