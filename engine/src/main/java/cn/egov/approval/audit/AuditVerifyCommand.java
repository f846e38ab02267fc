package cn.egov.approval.audit;

import java.io.PrintStream;
import java.util.function.IntConsumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar approval-webapp.jar --audit-verify}: walks the audit chain once,
 * prints the result as JSON, and stops the application with exit code 0 when the chain is
 * intact, 2 when it is broken. Without the argument it does nothing.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

	static final String OPTION = "audit-verify";

	static final int BROKEN = 2;

	private final AuditVerifier verifier;

	private final ObjectMapper json;

	private final PrintStream out;

	private final IntConsumer exit;

	@Autowired
	AuditVerifyCommand(AuditVerifier verifier, ObjectMapper json, ApplicationContext context) {
		this(verifier, json, System.out, (code) -> System.exit(SpringApplication.exit(context, () -> code)));
	}

	AuditVerifyCommand(AuditVerifier verifier, ObjectMapper json, PrintStream out, IntConsumer exit) {
		this.verifier = verifier;
		this.json = json;
		this.out = out;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments args) throws JsonProcessingException {
		if (!args.containsOption(OPTION)) {
			return;
		}
		ChainVerification result = this.verifier.verify();
		this.out.println(this.json.writeValueAsString(result));
		this.exit.accept(result.ok() ? 0 : BROKEN);
	}

}
