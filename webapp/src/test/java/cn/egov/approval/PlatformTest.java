package cn.egov.approval;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole platform on a random port, in its embedded default (demo data, simulated
 * clock), on a private in-memory database so that test runs never touch {@code ./data}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { InMemoryDatabase.PRIVATE_URL_PROPERTY, "platform.security.login.max-failures=5",
				"platform.casework.storage-dir=target/test-materials",
				// A test value only: deployments take theirs from PLATFORM_EPAY_SECRET.
				"platform.fees.e-payment.secret=test-e-payment-secret" })
@AutoConfigureObservability
public @interface PlatformTest {

}
