package cn.egov.approval.notifications;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The outbox against H2 with the platform's migrations, with real transactions, and the
 * dispatcher run by hand through channels that succeed or fail on demand.
 */
@MybatisTest(properties = { "mybatis.mapper-locations=classpath*:cn/egov/approval/**/*Mapper.xml",
		"mybatis.configuration.map-underscore-to-camel-case=true",
		"mybatis.configuration.arg-name-based-constructor-auto-mapping=true" })
@Import(NotificationOutbox.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class NotificationOutboxTest {

	private static final String PHONE = "13800000001";

	private static final String CASE_NO = "SFX-SCJGJ-20261012-0001";

	private static final NotificationProperties PROPERTIES = new NotificationProperties("log", false,
			Duration.ofSeconds(2), 50, 3, Duration.ofSeconds(30), Duration.ofMinutes(5));

	@Autowired
	private Notifier notifier;

	@Autowired
	private NotificationOutboxMapper outbox;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private DataSource dataSource;

	private JdbcTemplate jdbc;

	@BeforeEach
	void emptyTheOutbox() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.jdbc.update("DELETE FROM notification_outbox");
	}

	@Test
	void shouldQueueTheRenderedMessageInTheCallersTransaction() {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.notifier.notify(accepted());
			assertThat(count("PENDING")).as("visible inside the caller's transaction").isEqualTo(1);
		});

		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM notification_outbox");
		assertThat(row).containsEntry("KIND", "ACCEPTED")
			.containsEntry("CHANNEL", "SMS")
			.containsEntry("RECIPIENT", PHONE)
			.containsEntry("CASE_NO", CASE_NO)
			.containsEntry("STATUS", "PENDING")
			.containsEntry("ATTEMPTS", 0)
			.containsEntry("PARAMS",
					"{\"caseNo\":\"" + CASE_NO + "\",\"deadline\":\"2026年10月19日\",\"itemName\":\"食品经营许可\"}");
		assertThat((String) row.get("BODY")).isEqualTo("您申请的食品经营许可已受理，办件编号：" + CASE_NO + "，查询码：，承诺办结日期：2026年10月19日。");
	}

	@Test
	void shouldQueueNothingWhenTheCallersTransactionRollsBack() {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.notifier.notify(accepted());
			status.setRollbackOnly();
		});

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox", Integer.class)).isZero();
	}

	@Test
	void shouldRefuseAKindWithoutTemplate() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.notifier.notify(new Notification("LOTTERY_WON", PHONE, null, Map.of())))
			.withMessageContaining("LOTTERY_WON");
	}

	@Test
	void shouldMarkADeliveredMessageSent() {
		List<OutboxMessage> delivered = new ArrayList<>();
		this.notifier.notify(new Notification("PHONE_CODE", PHONE, null, Map.of("code", "482913", "minutes", "5")));

		assertThat(dispatcher(delivered::add).dispatch()).isEqualTo(1);

		assertThat(delivered).singleElement().satisfies((message) -> {
			assertThat(message.recipient()).isEqualTo(PHONE);
			assertThat(message.kind()).isEqualTo("PHONE_CODE");
			assertThat(message.body()).isEqualTo("您的登录验证码为482913，5分钟内有效。如非本人操作，请忽略本短信。");
		});
		assertThat(count("SENT")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT sent_at FROM notification_outbox", Object.class)).isNotNull();
		assertThat(dispatcher(delivered::add).dispatch()).as("sent once").isZero();
	}

	@Test
	void shouldRetryAFailedMessageAfterItsBackOffAndGiveItUpAfterTheLastAttempt() {
		List<OutboxMessage> tried = new ArrayList<>();
		NotificationChannel down = (message) -> {
			tried.add(message);
			throw new IllegalStateException("gateway down");
		};
		NotificationDispatcher failing = dispatcher(down);
		Function<Duration, NotificationDispatcher> failingLater = (later) -> dispatcher(down, later);
		this.notifier.notify(accepted());

		failing.dispatch();
		assertThat(count("PENDING")).isEqualTo(1);
		failing.dispatch();
		assertThat(tried).as("waits for its back-off").hasSize(1);

		failingLater.apply(Duration.ofSeconds(30)).dispatch();
		failingLater.apply(Duration.ofSeconds(90)).dispatch();

		assertThat(tried).extracting(OutboxMessage::attempts).containsExactly(0, 1, 2);
		assertThat(count("FAILED")).isEqualTo(1);
		assertThat(this.jdbc.queryForMap("SELECT attempts, last_error FROM notification_outbox"))
			.containsEntry("ATTEMPTS", 3)
			.containsEntry("LAST_ERROR", "java.lang.IllegalStateException: gateway down");
		failingLater.apply(Duration.ofHours(1)).dispatch();
		assertThat(tried).as("given up").hasSize(3);
	}

	@Test
	void shouldLetOnlyOneNodeClaimAMessage() {
		this.notifier.notify(accepted());
		String id = this.jdbc.queryForObject("SELECT id FROM notification_outbox", String.class);

		assertThat(this.outbox.claim(id, NotificationsTestApplication.NOW.instant())).isEqualTo(1);
		assertThat(this.outbox.claim(id, NotificationsTestApplication.NOW.instant())).isZero();
		assertThat(dispatcher((message) -> {
		}).dispatch()).as("another node finds nothing to do").isZero();
	}

	@Test
	void shouldSendAgainWhatANodeClaimedAndNeverSettled() {
		List<OutboxMessage> delivered = new ArrayList<>();
		this.notifier.notify(accepted());
		String id = this.jdbc.queryForObject("SELECT id FROM notification_outbox", String.class);
		this.outbox.claim(id, NotificationsTestApplication.NOW.instant());

		assertThat(dispatcher(delivered::add, Duration.ofMinutes(4)).dispatch()).as("claim still fresh").isZero();
		assertThat(dispatcher(delivered::add, Duration.ofMinutes(6)).dispatch()).isEqualTo(1);
		assertThat(count("SENT")).isEqualTo(1);
	}

	private NotificationDispatcher dispatcher(NotificationChannel channel) {
		return dispatcher(channel, Duration.ZERO);
	}

	/**
	 * A dispatcher whose clock stands {@code later} than the one messages are queued by.
	 */
	private NotificationDispatcher dispatcher(NotificationChannel channel, Duration later) {
		return new NotificationDispatcher(this.outbox, channel, PROPERTIES,
				Clock.offset(NotificationsTestApplication.NOW, later));
	}

	private int count(String status) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE status = ?", Integer.class,
				status);
	}

	private static Notification accepted() {
		return new Notification("ACCEPTED", PHONE, CASE_NO,
				Map.of("itemName", "食品经营许可", "caseNo", CASE_NO, "deadline", "2026年10月19日"));
	}

}
