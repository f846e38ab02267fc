package cn.egov.approval.notifications;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoggingChannelTest {

	@Test
	void shouldMaskTheMiddleDigitsOfAPhoneNumber() {
		assertThat(LoggingChannel.maskPhone("13800000000")).isEqualTo("138****0000");
		assertThat(LoggingChannel.maskPhone("1380")).isEqualTo("****");
	}

	@Test
	void shouldMaskCodesButKeepTheWordsOfABody() {
		String body = NotificationKind.PHONE_CODE.render(Map.of("code", "482913", "minutes", "5"));

		assertThat(LoggingChannel.maskBody(body)).isEqualTo("您的登录验证码为******，*分钟内有效。如非本人操作，请忽略本短信。");
	}

}
