package cn.egov.approval.casework;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The steps of the licensing processes as people see them: a stable code, a name in the
 * caller's language, and the outcomes a step accepts.
 */
@Component
public class StepDefinitions {

	static final String PRE_CHECK = "pre-check";

	static final String JOINT_OPINION = "joint-opinion";

	static final String EXTENSION_APPROVAL = "extension-approval";

	static final String PAYMENT = "payment";

	static final String CERTIFICATE = "certificate";

	static final String DELIVERY = "delivery";

	static final String ASSESSMENT = "assessment";

	static final String OVERRIDE_APPROVAL = "override-approval";

	static final String ENFORCEMENT_APPLICATION = "enforcement-application";

	private final MessageSource messages;

	StepDefinitions(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The step of an open task.
	 * @param taskDefinitionKey the BPMN user task id
	 * @param currentRole the chain role now signing (chain steps)
	 * @param stepIndex the chain position (0 = first chain step)
	 * @param onTheSpot whether the item is decided at the window
	 */
	Step of(String taskDefinitionKey, String currentRole, Integer stepIndex, boolean onTheSpot) {
		if (isChainStep(taskDefinitionKey)) {
			return new Step(currentRole, (stepIndex == null || stepIndex == 0) ? List.of("APPROVE", "REFUSE")
					: List.of("APPROVE", "REFUSE", "RETURN"));
		}
		return switch (taskDefinitionKey) {
			case "PreCheck" ->
				new Step(PRE_CHECK, onTheSpot ? List.of("APPROVE", "REFUSE", "REQUEST_CORRECTION", "REJECT")
						: List.of("ACCEPT", "REQUEST_CORRECTION", "REJECT"));
			case "JointOpinion" -> new Step(JOINT_OPINION, List.of("AGREE", "DISAGREE"));
			case "ApproveExtension" -> new Step(EXTENSION_APPROVAL, List.of("APPROVE", "REFUSE"));
			case "RecordPayment" -> new Step(PAYMENT, List.of("PAID"));
			case "IssueCertificate" -> new Step(CERTIFICATE, List.of("ISSUED"));
			case "DeliverCertificate" -> new Step(DELIVERY, List.of("DELIVERED"));
			case "Assess" -> new Step(ASSESSMENT, List.of("ASSESSED"));
			case "ApproveOverride" -> new Step(OVERRIDE_APPROVAL, List.of("APPROVE", "REFUSE"));
			case "ApplyForEnforcement" -> new Step(ENFORCEMENT_APPLICATION, List.of("APPLIED", "NOT_APPLIED"));
			default -> new Step(taskDefinitionKey, List.of());
		};
	}

	/**
	 * Whether a user task is a step of the approval chain: the looping {@code ChainStep}
	 * of the template processes, or one task per role ({@code ChainStepSectionHead} ...)
	 * in a process generated from the catalog.
	 */
	public static boolean isChainStep(String taskDefinitionKey) {
		return taskDefinitionKey != null && taskDefinitionKey.startsWith("ChainStep");
	}

	String name(String step) {
		return name(step, LocaleContextHolder.getLocale());
	}

	String chineseName(String step) {
		return name(step, Locale.SIMPLIFIED_CHINESE);
	}

	private String name(String step, Locale locale) {
		return this.messages.getMessage("casework.step." + step, null, step, locale);
	}

	/**
	 * @param code the step's code: pre-check, a chain role, joint-opinion ...
	 * @param outcomes what completing it may say
	 */
	record Step(String code, List<String> outcomes) {
	}

}
