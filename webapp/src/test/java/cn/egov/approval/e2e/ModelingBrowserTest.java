package cn.egov.approval.e2e;

import java.io.IOException;
import java.util.regex.Pattern;

import cn.egov.approval.PlatformTest;
import cn.egov.approval.modeling.ItemProcessGenerator;
import cn.egov.approval.modeling.ItemProcesses;
import cn.egov.approval.modeling.ModelDeployments;
import cn.egov.approval.modeling.ModelingItems;
import cn.egov.approval.modeling.ProcessDraft;
import cn.egov.approval.modeling.ResourceKind;
import com.microsoft.playwright.Locator;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, acceptance 1, in headless Chromium: the reform office opens an item in the
 * workbench, generates its process, changes the approval chain in the modeler, sees the
 * lint error on the diagram when it deletes the statutory timer, restores it, deploys,
 * and a new case of the item runs on the new version while an older case stays on its
 * own. Switched on by {@code -Dplatform.it.browser=true}.
 */
@PlatformTest
@EnabledIfSystemProperty(named = "platform.it.browser", matches = "true")
class ModelingBrowserTest extends BrowserTestSupport {

	/** 食品经营许可: handler → section head → deputy leader. */
	private static final String FOOD = "SFX-SCJGJ-XK-0001";

	@Autowired
	ApplicationContext springContext;

	@Autowired
	ItemProcesses itemProcesses;

	@Autowired
	ModelDeployments deployments;

	@Autowired
	RuntimeService runtime;

	@Autowired
	RepositoryService repository;

	ModelingItems items;

	String code;

	String key;

	String olderCase;

	/** The item's first generated version, deployed before, with a case running on it. */
	@BeforeEach
	void deployTheFirstVersionWithACase() {
		this.items = new ModelingItems(this.springContext, this.port);
		this.code = this.items.copy(FOOD, null);
		this.key = ItemProcessGenerator.processKey(this.code);
		ProcessDraft first = this.itemProcesses.save(this.code, true, "reform");
		this.deployments.deploy(ResourceKind.BPMN, this.key, first.draftNo(), "reform");
		this.olderCase = this.items.apply(this.code);
	}

	@AfterEach
	void cleanUp() {
		this.items.cleanUp();
	}

	@Test
	void shouldGenerateEditLintDeployAndRunNewCasesOnTheNewVersion() throws IOException {
		this.page.navigate("/login");
		logIn("reform", "demo");
		assertThat(this.page).not().hasURL(ON_LOGIN_PAGE);

		this.page.navigate("/modeling");
		this.page.getByTestId("modeling-search").fill(this.code);
		this.page.getByTestId("modeling-search").press("Enter");
		this.page.getByTestId("generate-" + this.code).click();
		assertThat(this.page.getByTestId("generate-same")).isVisible();
		this.page.getByTestId("generate-confirm").click();
		assertThat(this.page).hasURL(Pattern.compile("/modeling/bpmn/" + this.key + "$"));
		Locator deputy = this.page.locator("[data-element-id=ChainStepDeputyLeader]").first();
		assertThat(deputy).isVisible();

		changeTheLastStepToTheLeader();
		deleteAndRestoreTheStatutoryTimer();
		screenshot("modeling-editor.png");

		this.page.getByTestId("modeling-deploy").click();
		assertThat(this.page.getByTestId("modeling-deployed")).containsText("第 2 版");
		assertThat(this.page.getByTestId("running-v1")).hasText("1");

		String newerCase = this.items.apply(this.code);
		assertThat(this.items.versionOf(newerCase)).isEqualTo(2);
		assertThat(this.items.versionOf(this.olderCase)).isEqualTo(1);
		String definition = this.runtime.createProcessInstanceQuery()
			.processInstanceId(this.items.instanceOf(newerCase))
			.singleResult()
			.getProcessDefinitionId();
		UserTask changed = this.repository.getBpmnModelInstance(definition)
			.getModelElementById("ChainStepDeputyLeader");
		assertThat(changed.getCamundaCandidateGroups()).isEqualTo("${departmentCode}:leader");
		assertThat(this.page.locator("body")).not().containsText("Error");
	}

	@Test
	void shouldOpenTheDecisionTableAndFormEditors() {
		this.page.navigate("/login");
		logIn("reform", "demo");
		assertThat(this.page).not().hasURL(ON_LOGIN_PAGE);

		this.page.navigate("/modeling/dmn/warning-level");
		assertThat(this.page.getByTestId("dmn-canvas").locator(".tjs-table")).isVisible();
		this.page.getByTestId("modeling-validate").click();
		assertThat(this.page.getByTestId("modeling-problems")).hasCount(0);
		assertThat(this.page.getByTestId("modeling-error")).hasCount(0);

		this.page.navigate("/modeling/form/licensing-review");
		assertThat(this.page.getByTestId("form-editor").locator(".fjs-form-editor")).containsText("审批意见");
		this.page.getByTestId("modeling-save").click();
		assertThat(this.page.getByTestId("modeling-saved")).isVisible();
	}

	/** In the properties panel: the deputy leader's step becomes the leader's. */
	private void changeTheLastStepToTheLeader() {
		selectInTheDiagram("ChainStepDeputyLeader");
		Locator panel = this.page.getByTestId("bpmn-properties");
		panel.locator("[data-group-id=group-CamundaPlatform__UserAssignment] .bio-properties-panel-group-header")
			.click();
		Locator groups = panel.locator("#bio-properties-panel-candidateGroups");
		assertThat(groups).hasValue("${departmentCode}:deputy-leader");
		groups.fill("${departmentCode}:leader");
		Locator name = panel.locator("#bio-properties-panel-name");
		if (!name.isVisible()) {
			panel.locator("[data-group-id=group-general] .bio-properties-panel-group-header").click();
		}
		name.fill("主要领导审定");
		this.page.getByTestId("modeling-save").click();
		assertThat(this.page.getByTestId("modeling-saved")).containsText("第 2 号草稿");
	}

	/**
	 * Selects an element with the modeler's search (Ctrl+F): the whole diagram fits the
	 * canvas, so its shapes are too small to aim at.
	 */
	private void selectInTheDiagram(String id) {
		this.page.getByTestId("bpmn-canvas").click(new Locator.ClickOptions().setPosition(400, 520));
		this.page.keyboard().press("Control+f");
		Locator search = this.page.locator(".djs-search-input input");
		// The search pad searches on key-up, which typing sends and fill() does not.
		search.pressSequentially(id);
		assertThat(this.page.locator(".djs-search-result").first()).isVisible();
		search.press("Enter");
		assertThat(this.page.locator("[data-element-id=" + id + "].selected").first()).isAttached();
	}

	/**
	 * Deleting the statutory timer breaks the legal-clock rule on the diagram; undo
	 * restores it.
	 */
	private void deleteAndRestoreTheStatutoryTimer() {
		selectInTheDiagram("StatutoryLimitReached");
		this.page.locator(".djs-context-pad [data-action=delete]").click();
		assertThat(this.page.locator("[data-element-id=StatutoryLimitReached]")).hasCount(0);
		assertThat(this.page.getByTestId("modeling-lint")).containsText("StatutoryLimitReached");
		assertThat(this.page.locator(".bjsl-overlay").first()).isVisible();
		assertThat(this.page.getByTestId("modeling-deploy")).isDisabled();

		this.page.getByTestId("modeling-undo").click();
		assertThat(this.page.locator("[data-element-id=StatutoryLimitReached]").first()).isAttached();
		assertThat(this.page.getByTestId("modeling-lint")).hasCount(0);
		assertThat(this.page.getByTestId("modeling-deploy")).isEnabled();
	}

}
