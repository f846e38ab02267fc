package cn.egov.approval.casework;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import cn.egov.approval.accounts.AccountDirectory;
import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.UserAccount;
import cn.egov.approval.catalog.Item;
import cn.egov.approval.catalog.Material;
import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.enforcement.EnforcementWindow;
import cn.egov.approval.identity.CamundaGroups;
import cn.egov.approval.posts.PostDirectory;
import cn.egov.approval.web.ApiException;
import cn.egov.approval.web.NotFoundException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's tasks: listing, claiming, transferring and completing them, with the AB
 * post rule (a backup acts on an absent post's tasks) and the checks that keep a case
 * unchanged when a completion is wrong.
 */
@Service
@Transactional
public class CaseTasks {

	private static final Set<String> DELIVERY_METHODS = Set.of("WINDOW", "MAIL", "ONLINE");

	/**
	 * Fields a completion may carry ({@link #fieldVariables}). Package-private for the
	 * throughput benchmark, which completes the bare engine's tasks with the same
	 * variables.
	 */
	static final List<String> FIELDS = List.of("opinion", "missingMaterials", "correctionNote", "reason",
			"competentAgency", "returnTo", "receiptNo", "certificateNo", "validUntil", "approvedContent", "scope",
			"deliveryMethod", "paymentMethod", "paymentReference", "quantity", "unitCost", "exempt", "amount",
			"overrideReason", "courtName", "appliedOn", "courtReference", "notAppliedReason", FeeStepChecks.FEES);

	/**
	 * The fields a completion hands the engine: each one it carries, and null for each
	 * one an earlier step left set, so that no step reads another's value. A field nobody
	 * has set is not written: every write is a row in the engine's history, and a
	 * completion used to write every field of every step.
	 * @param given the completion's fields (null where it carries none)
	 * @param current the fields' values in the process now
	 * @return the variables to complete the task with
	 */
	static Map<String, Object> fieldVariables(Map<String, ?> given, Map<String, Object> current) {
		Map<String, Object> variables = new HashMap<>();
		for (String field : FIELDS) {
			Object value = given.get(field);
			if (value != null || current.get(field) != null) {
				variables.put(field, value);
			}
		}
		return variables;
	}

	/** What a chain step's outcomes and checks depend on. */
	private static final List<String> CHAIN_VARIABLES = List.of(ProcessVariables.CHAIN, ProcessVariables.CURRENT_ROLE,
			ProcessVariables.STEP_INDEX);

	private final TaskService tasks;

	private final FormService forms;

	private final CaseMapper mapper;

	private final CaseClock clock;

	private final CaseTimeline timeline;

	private final CaseItems items;

	private final StepDefinitions steps;

	private final PostDirectory posts;

	private final AccountDirectory accounts;

	private final ObjectMapper json;

	private final RuntimeService runtime;

	private final OneEngineCommand oneCommand;

	private final OpenTasks openTasks;

	CaseTasks(TaskService tasks, FormService forms, CaseMapper mapper, CaseClock clock, CaseTimeline timeline,
			CaseItems items, StepDefinitions steps, PostDirectory posts, AccountDirectory accounts, ObjectMapper json,
			RuntimeService runtime, OneEngineCommand oneCommand, OpenTasks openTasks) {
		this.runtime = runtime;
		this.openTasks = openTasks;
		this.oneCommand = oneCommand;
		this.tasks = tasks;
		this.forms = forms;
		this.mapper = mapper;
		this.clock = clock;
		this.timeline = timeline;
		this.items = items;
		this.steps = steps;
		this.posts = posts;
		this.accounts = accounts;
		this.json = json;
	}

	/**
	 * The caller's open tasks and those of its groups, and of the absent posts it backs
	 * up. The tasks, their cases and chain positions are read together in one engine
	 * command (queries that cannot fail on a task that went meanwhile); what is read per
	 * task comes after, outside a transaction, each in engine commands of its own: a task
	 * a colleague completes while the list is read drops out of it, where in one
	 * transaction the engine's failure to find it would mark the whole read for rollback.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<TaskView> list(PlatformUser user) {
		Listed listed = this.oneCommand.read(() -> {
			Actors actors = actors(user);
			List<Task> found = this.openTasks.assignedOrOffered(actors.usernames(), actors.allGroups(), 500);
			return new Listed(actors, found, filesOf(found), chainPositions(found));
		});
		List<TaskView> views = new ArrayList<>();
		for (Task task : listed.tasks()) {
			try {
				CaseFile file = listed.files().get(task.getProcessInstanceId());
				ChainPosition position = listed.positions().get(task.getProcessInstanceId());
				if (isChainStep(task) && position == null) {
					throw new IllegalStateException("Chain step " + task.getId() + " has no chain variables");
				}
				if (file != null) {
					views.add(view(task, file, position, onBehalfOf(listed.actors(), task)));
				}
			}
			catch (RuntimeException ex) {
				// A task (or instance) that went after the query has no variables left,
				// and the engine fails in several ways on it; one still open is a real
				// failure.
				if (this.openTasks.active(task.getId()).isPresent()) {
					throw ex;
				}
			}
		}
		views.sort(Comparator.comparing(TaskView::workingDaysLeft, Comparator.nullsLast(Comparator.naturalOrder())));
		return views;
	}

	/**
	 * A task with its form. Outside a transaction: a step without a deployed form makes
	 * the engine throw, which must not mark a surrounding transaction rollback-only.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public TaskDetail get(String taskId, PlatformUser user) {
		Visible visible = visible(taskId, user);
		return new TaskDetail(visible.view(), new TaskDetail.Form(schema(taskId), formData(visible)));
	}

	public TaskView claim(String taskId, PlatformUser user) {
		Visible visible = visible(taskId, user);
		if (visible.task().getAssignee() != null) {
			throw new ApiException(HttpStatus.CONFLICT, "error.task.already-claimed",
					displayName(visible.task().getAssignee()));
		}
		this.tasks.setAssignee(taskId, user.getUsername());
		this.timeline.record(visible.file().caseNo(), EventKind.CLAIMED, user.getUsername(), visible.view().step(),
				null, null, null, false);
		return visible(taskId, user).view();
	}

	public TaskView unclaim(String taskId, PlatformUser user) {
		Visible visible = visible(taskId, user);
		String assignee = visible.task().getAssignee();
		if (assignee == null
				|| !(assignee.equals(user.getUsername()) || assignee.equals(visible.view().onBehalfOf()))) {
			throw new ApiException(HttpStatus.FORBIDDEN, "error.task.not-yours");
		}
		this.tasks.setAssignee(taskId, null);
		this.timeline.record(visible.file().caseNo(), EventKind.UNCLAIMED, user.getUsername(), visible.view().step(),
				null, null, null, false);
		return visible(taskId, user).view();
	}

	/** Colleagues of the same department and role the task may be transferred to. */
	@Transactional(readOnly = true)
	public List<Colleague> colleagues(String taskId, PlatformUser user) {
		Visible visible = visible(taskId, user);
		Set<String> groups = candidateGroups(visible.links());
		return this.accounts.findAllUsers()
			.stream()
			.filter(UserAccount::enabled)
			.filter((account) -> !account.username().equals(user.getUsername()))
			.filter((account) -> CamundaGroups.of(account.roles(), account.departmentCode())
				.stream()
				.anyMatch(groups::contains))
			.map((account) -> new Colleague(account.username(), account.displayName()))
			.toList();
	}

	/** Transfers the task to a colleague of the same department and role. */
	public TaskView delegate(String taskId, String username, PlatformUser user) {
		Visible visible = visible(taskId, user);
		requireActor(visible, user);
		if (colleagues(taskId, user).stream().noneMatch((colleague) -> colleague.username().equals(username))) {
			throw CaseValidationException.of("username", "error.task.delegate.not-colleague", String.valueOf(username));
		}
		this.tasks.setAssignee(taskId, username);
		this.timeline.record(visible.file().caseNo(), EventKind.DELEGATED, user.getUsername(), visible.view().step(),
				null, null, "转交 " + displayName(username), false);
		return view(this.tasks.createTaskQuery().taskId(taskId).singleResult(), visible.file(), null);
	}

	/**
	 * Completes a task with the step's outcome and fields.
	 * @return the case number
	 */
	public String complete(String taskId, Map<String, Object> body, PlatformUser user) {
		Map<String, Object> input = (body != null) ? body : Map.of();
		return this.oneCommand.run(() -> checkCompletion(taskId, input, user),
				(completion) -> perform(completion, input, user));
	}

	private Completion checkCompletion(String taskId, Map<String, Object> input, PlatformUser user) {
		Visible visible = visible(taskId, user, this.mapper::lockByProcessInstance);
		requireActor(visible, user);
		CaseFile file = visible.file();
		String outcome = text(input, "outcome");
		TaskView view = visible.view();
		if (outcome == null || !view.outcomes().contains(outcome)) {
			throw CaseValidationException.of("outcome", "error.task.outcome", String.valueOf(outcome), view.stepName(),
					String.join("、", view.outcomes()));
		}
		Map<String, Object> variables = variables(visible.task().getId(), input, outcome, user);
		check(visible, file, outcome, input, variables);
		return new Completion(visible, file, outcome, variables);
	}

	private String perform(Completion completion, Map<String, Object> input, PlatformUser user) {
		Visible visible = completion.visible();
		CaseFile file = completion.file();
		String outcome = completion.outcome();
		Map<String, Object> variables = completion.variables();
		String taskId = visible.task().getId();
		TaskView view = visible.view();
		String step = view.step();
		String detail = (view.onBehalfOf() != null) ? "代 " + displayName(view.onBehalfOf()) + " 办理（AB岗）" : null;
		if (visible.task().getAssignee() == null || view.onBehalfOf() != null) {
			this.tasks.setAssignee(taskId, user.getUsername());
		}
		if (StepDefinitions.JOINT_OPINION.equals(step)) {
			String department = (String) this.tasks.getVariable(taskId, ProcessVariables.PARTICIPANT);
			this.mapper.recordParticipantOpinion(file.caseNo(), department, outcome, text(input, "opinion"));
			this.timeline.record(file.caseNo(), EventKind.STEP_COMPLETED, user.getUsername(), step, outcome,
					text(input, "opinion"), department + ((detail != null) ? "；" + detail : ""), false);
			this.tasks.complete(taskId);
			return file.caseNo();
		}
		if (isChainStep(visible.task())) {
			boolean back = "RETURN".equals(outcome);
			this.timeline.record(file.caseNo(), back ? EventKind.RETURNED : EventKind.STEP_COMPLETED,
					user.getUsername(), step, outcome, text(input, "opinion"),
					back ? join("退回至 " + this.steps.chineseName(text(input, "returnTo")), detail) : detail, false);
		}
		else if (detail != null) {
			this.timeline.record(file.caseNo(), EventKind.STEP_COMPLETED, user.getUsername(), step, outcome,
					text(input, "opinion"), detail, false);
		}
		this.tasks.complete(taskId, variables);
		return file.caseNo();
	}

	private void check(Visible visible, CaseFile file, String outcome, Map<String, Object> input,
			Map<String, Object> variables) {
		String step = visible.view().step();
		List<CaseValidationException.Problem> problems = new ArrayList<>();
		// Not applying to the court is explained by its reason
		// (FeeStepChecks.enforcement).
		boolean opinionRequired = !List
			.of(StepDefinitions.PAYMENT, StepDefinitions.CERTIFICATE, StepDefinitions.DELIVERY)
			.contains(step) && !"NOT_APPLIED".equals(outcome);
		if (opinionRequired) {
			requireText(input, "opinion", 2000, problems);
		}
		switch (outcome) {
			case "REQUEST_CORRECTION" -> {
				List<String> missing = list(input.get("missingMaterials"));
				if (missing.isEmpty() || missing.stream().anyMatch((m) -> m.length() > 300)) {
					problems
						.add(new CaseValidationException.Problem("missingMaterials", "error.task.missing-materials"));
				}
				unknownMaterial(missing, this.items.of(file))
					.ifPresent((unknown) -> problems.add(new CaseValidationException.Problem("missingMaterials",
							"error.task.missing-materials.unknown", unknown,
							String.join("、", this.items.of(file).materials().stream().map(Material::name).toList()))));
				variables.put("missingMaterials", String.join("\n", missing));
			}
			case "REJECT" -> requireText(input, "reason", 1000, problems);
			case "RETURN" -> {
				List<String> earlier = visible.earlierSteps();
				String returnTo = text(input, "returnTo");
				if (returnTo == null) {
					problems.add(new CaseValidationException.Problem("returnTo", "error.task.required.returnTo",
							String.join("、", earlier)));
				}
				else if (!earlier.contains(returnTo)) {
					problems.add(new CaseValidationException.Problem("returnTo", "error.task.return-to",
							String.valueOf(text(input, "returnTo")), String.join("、", earlier)));
				}
			}
			case "PAID" -> FeeStepChecks.payment(input, problems);
			case "ASSESSED" -> FeeStepChecks.assessment(input, problems);
			case "APPLIED", "NOT_APPLIED" -> FeeStepChecks.enforcement(outcome, input, this.clock.today(),
					window(visible.task()), variables, problems);
			case "ISSUED" -> {
				requireText(input, "certificateNo", 64, problems);
				String validUntil = text(input, "validUntil");
				if (validUntil != null) {
					try {
						if (!LocalDate.parse(validUntil.length() > 10 ? validUntil.substring(0, 10) : validUntil)
							.isAfter(this.clock.today())) {
							problems.add(new CaseValidationException.Problem("validUntil", "error.task.valid-until"));
						}
						variables.put("validUntil", validUntil.substring(0, 10));
					}
					catch (DateTimeParseException ex) {
						problems.add(new CaseValidationException.Problem("validUntil", "error.task.valid-until"));
					}
				}
			}
			case "DELIVERED" -> {
				// Immutable sets throw on contains(null): look an absent method up as
				// nothing.
				String method = text(input, "deliveryMethod");
				if (method == null || !DELIVERY_METHODS.contains(method)) {
					problems.add(new CaseValidationException.Problem("deliveryMethod", "error.task.delivery-method"));
				}
			}
			default -> {
			}
		}
		boolean deciding = visible.position() != null && !"RETURN".equals(outcome) && visible.position().last();
		if ("APPROVE".equals(outcome) && (deciding || StepDefinitions.PRE_CHECK.equals(step))) {
			FeeStepChecks.feeChoice(this.items.of(file), input.get(FeeStepChecks.FEES), variables, problems);
		}
		if (!problems.isEmpty()) {
			throw new CaseValidationException(problems);
		}
		if (StepDefinitions.EXTENSION_APPROVAL.equals(step) && "APPROVE".equals(outcome)) {
			this.clock.requireStatutoryLimitRunning(file, "error.extension.statutory-lapsed");
		}
		if ((deciding || "APPROVE".equals(outcome) && StepDefinitions.PRE_CHECK.equals(step))
				&& file.caseStatus() == CaseStatus.PAUSED) {
			throw new ApiException(HttpStatus.CONFLICT, "error.task.paused");
		}
	}

	/**
	 * The first entry of a correction request that names no material of the item: the
	 * notice lists the entries as they are, and the pre-check form offers the item's
	 * materials only.
	 */
	private static Optional<String> unknownMaterial(List<String> missing, Item item) {
		Set<String> names = new HashSet<>();
		item.materials().forEach((material) -> names.add(material.name()));
		// An entry may carry the material's own requirement after a colon ("材料名：要求").
		return missing.stream()
			.filter((entry) -> !names.contains(entry) && !names.contains(entry.split("[：:]", 2)[0].strip()))
			.findFirst();
	}

	/**
	 * The days an application to the court may bear: the enforcement task opens with the
	 * window and is due at its last day ({@code levyEnforcement} in the levy process); a
	 * task without a due date sets no last day.
	 */
	private static EnforcementWindow window(Task task) {
		LocalDate first = LocalDate.ofInstant(task.getCreateTime().toInstant(), PlatformClock.ZONE);
		LocalDate last = (task.getDueDate() != null)
				? LocalDate.ofInstant(task.getDueDate().toInstant(), PlatformClock.ZONE) : LocalDate.MAX;
		return new EnforcementWindow(first.minusDays(1), last);
	}

	private Map<String, Object> variables(String taskId, Map<String, Object> input, String outcome, PlatformUser user) {
		Map<String, Object> given = new HashMap<>();
		for (String field : FIELDS) {
			given.put(field, text(input, field));
		}
		Map<String, Object> variables = fieldVariables(given, this.tasks.getVariables(taskId, FIELDS));
		variables.put(ProcessVariables.OUTCOME, outcome);
		variables.put(ProcessVariables.ACTOR, user.getUsername());
		return variables;
	}

	private Visible visible(String taskId, PlatformUser user) {
		return visible(taskId, user, this.mapper::findByProcessInstance);
	}

	/**
	 * The task if the caller may see it, with its case read by the given reader (a
	 * completion locks the case as it reads it).
	 */
	private Visible visible(String taskId, PlatformUser user, Function<String, Optional<CaseFile>> caseReader) {
		Task task = this.openTasks.active(taskId).orElseThrow(() -> new NotFoundException("error.task.unknown"));
		List<IdentityLink> links = links(task);
		Actors actors = actors(user);
		boolean assignedToActor = task.getAssignee() != null && actors.usernames().contains(task.getAssignee());
		boolean candidate = candidateGroups(links).stream().anyMatch(actors.allGroups()::contains);
		if (!assignedToActor && !candidate) {
			throw new NotFoundException("error.task.unknown");
		}
		CaseFile file = caseReader.apply(task.getProcessInstanceId())
			.orElseThrow(() -> new NotFoundException("error.task.unknown"));
		ChainPosition position = isChainStep(task) ? position(task) : null;
		return new Visible(task, links, file, position,
				view(task, file, position, actors.onBehalfOf(task, links).orElse(null)));
	}

	private void requireActor(Visible visible, PlatformUser user) {
		String assignee = visible.task().getAssignee();
		if (assignee != null && !assignee.equals(user.getUsername()) && !assignee.equals(visible.view().onBehalfOf())) {
			throw new ApiException(HttpStatus.FORBIDDEN, "error.task.assigned-to-other", displayName(assignee));
		}
	}

	private TaskView view(Task task, CaseFile file, String onBehalfOf) {
		return view(task, file, isChainStep(task) ? position(task) : null, onBehalfOf);
	}

	/**
	 * The same, with a chain step's position already read ({@code null} for other steps).
	 */
	private TaskView view(Task task, CaseFile file, ChainPosition position, String onBehalfOf) {
		StepDefinitions.Step step = step(task, file, position);
		return new TaskView(task.getId(), file.caseNo(), file.itemName(), file.applicantName(), step.code(),
				this.steps.name(step.code()), step.outcomes(), task.getAssignee(), onBehalfOf,
				(onBehalfOf != null) ? displayName(onBehalfOf) : null,
				task.getCreateTime().toInstant().atZone(PlatformClock.ZONE).toOffsetDateTime(), file.promisedDeadline(),
				file.statutoryDeadline(), this.clock.workingDaysLeft(file), file.status(), (task.getDueDate() != null)
						? task.getDueDate().toInstant().atZone(PlatformClock.ZONE).toOffsetDateTime() : null);
	}

	private StepDefinitions.Step step(Task task, CaseFile file, ChainPosition position) {
		boolean chain = isChainStep(task) && position != null;
		return this.steps.of(task.getTaskDefinitionKey(), chain ? position.role() : null,
				chain ? position.index() : null, file.onTheSpot());
	}

	/** The cases of listed tasks, in one query. */
	private Map<String, CaseFile> filesOf(List<Task> found) {
		Map<String, CaseFile> files = new HashMap<>();
		Set<String> instances = new LinkedHashSet<>();
		found.forEach((task) -> instances.add(task.getProcessInstanceId()));
		if (!instances.isEmpty()) {
			this.mapper.findByProcessInstances(instances).forEach((file) -> files.put(file.processInstanceId(), file));
		}
		return files;
	}

	/**
	 * The positions of listed chain steps, in one query: the chain variables live on the
	 * process instance (set from the chain's service tasks).
	 */
	private Map<String, ChainPosition> chainPositions(List<Task> found) {
		String[] instances = found.stream()
			.filter(CaseTasks::isChainStep)
			.map(Task::getProcessInstanceId)
			.distinct()
			.toArray(String[]::new);
		if (instances.length == 0) {
			return Map.of();
		}
		Map<String, Map<String, Object>> byInstance = new HashMap<>();
		for (VariableInstance variable : this.runtime.createVariableInstanceQuery()
			.processInstanceIdIn(instances)
			.variableNameIn(CHAIN_VARIABLES.toArray(String[]::new))
			.disableBinaryFetching()
			.list()) {
			if (variable.getExecutionId().equals(variable.getProcessInstanceId())) {
				byInstance.computeIfAbsent(variable.getProcessInstanceId(), (id) -> new HashMap<>())
					.put(variable.getName(), variable.getValue());
			}
		}
		Map<String, ChainPosition> positions = new HashMap<>();
		byInstance.forEach((instance, variables) -> positions.put(instance, ChainPosition.of(variables)));
		return positions;
	}

	/** A chain step's place in the chain, read in one engine command. */
	private ChainPosition position(Task task) {
		return ChainPosition.of(this.tasks.getVariables(task.getId(), CHAIN_VARIABLES));
	}

	/**
	 * The absent post the caller would act for on a listed task: the task's links are
	 * read only when the caller backs one up, as otherwise it can act for itself alone.
	 */
	private String onBehalfOf(Actors actors, Task task) {
		return actors.backsUpAnyone() ? actors.onBehalfOf(task, links(task)).orElse(null) : null;
	}

	private static boolean isChainStep(Task task) {
		return StepDefinitions.isChainStep(task.getTaskDefinitionKey());
	}

	private Map<String, Object> formData(Visible visible) {
		Map<String, Object> data = new HashMap<>();
		CaseFile file = visible.file();
		String step = visible.view().step();
		if (StepDefinitions.PRE_CHECK.equals(step)) {
			Item item = this.items.of(file);
			data.put("materialOptions",
					item.materials()
						.stream()
						.map(Material::name)
						.map((name) -> Map.of("label", name, "value", name))
						.toList());
		}
		if (isChainStep(visible.task())) {
			data.put("returnOptions",
					visible.earlierSteps()
						.stream()
						.map((role) -> Map.of("label", this.steps.name(role), "value", role))
						.toList());
		}
		if (isChainStep(visible.task()) || StepDefinitions.PRE_CHECK.equals(step)) {
			data.put("feeOptions",
					CaseNotices.payableFees(this.items.of(file))
						.stream()
						.map((fee) -> Map.of("label", fee.name() + "（" + fee.amount().toPlainString() + " 元）", "value",
								fee.name()))
						.toList());
		}
		if (StepDefinitions.CERTIFICATE.equals(step)) {
			data.put("approvedContent", "准予" + file.itemName());
			data.put("scope", file.itemName());
		}
		return data;
	}

	private Object schema(String taskId) {
		try (InputStream form = this.forms.getDeployedTaskForm(taskId)) {
			return this.json.readTree(new String(form.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException | RuntimeException ex) {
			// A step without a deployed form: the UI shows the outcome buttons and an
			// opinion box.
			return null;
		}
	}

	private Actors actors(PlatformUser user) {
		Map<String, Set<String>> groupsByUser = new HashMap<>();
		groupsByUser.put(user.getUsername(),
				new LinkedHashSet<>(CamundaGroups.of(user.getRoles(), user.getDepartmentCode())));
		for (String absent : this.posts.standingInFor(user.getUsername())) {
			this.accounts.findUser(absent)
				.ifPresent((account) -> groupsByUser.put(absent,
						new LinkedHashSet<>(CamundaGroups.of(account.roles(), account.departmentCode()))));
		}
		return new Actors(user.getUsername(), groupsByUser);
	}

	private List<IdentityLink> links(Task task) {
		return this.tasks.getIdentityLinksForTask(task.getId());
	}

	private static Set<String> candidateGroups(List<IdentityLink> links) {
		Set<String> groups = new LinkedHashSet<>();
		for (IdentityLink link : links) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
				groups.add(link.getGroupId());
			}
		}
		return groups;
	}

	private String displayName(String username) {
		return this.accounts.findUser(username).map(UserAccount::displayName).orElse(username);
	}

	private static void requireText(Map<String, Object> input, String field, int max,
			List<CaseValidationException.Problem> problems) {
		String value = text(input, field);
		if (value == null) {
			problems.add(new CaseValidationException.Problem(field, "error.task.required." + field));
		}
		else if (value.length() > max) {
			problems.add(new CaseValidationException.Problem(field, "error.task.too-long", field, max));
		}
	}

	private static String text(Map<String, Object> input, String field) {
		Object value = input.get(field);
		if (value == null || value instanceof Collection<?> || value instanceof Map<?, ?>) {
			return null;
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}

	private static List<String> list(Object value) {
		if (value instanceof Collection<?> values) {
			return values.stream()
				.filter(java.util.Objects::nonNull)
				.map(Object::toString)
				.map(String::strip)
				.filter((s) -> !s.isEmpty())
				.toList();
		}
		if (value instanceof String text && !text.isBlank()) {
			return List.of(text.split("\n")).stream().map(String::strip).filter((s) -> !s.isEmpty()).toList();
		}
		return List.of();
	}

	private static String join(String first, String second) {
		return (second == null) ? first : first + "；" + second;
	}

	/** The caller and the absent posts it backs up, with their candidate groups. */
	private record Actors(String self, Map<String, Set<String>> groupsByUser) {

		Set<String> usernames() {
			return this.groupsByUser.keySet();
		}

		boolean backsUpAnyone() {
			return this.groupsByUser.size() > 1;
		}

		Set<String> allGroups() {
			Set<String> all = new LinkedHashSet<>();
			this.groupsByUser.values().forEach(all::addAll);
			return all;
		}

		/** The absent post the caller would act for on this task, if not for itself. */
		Optional<String> onBehalfOf(Task task, List<IdentityLink> links) {
			if (task.getAssignee() != null) {
				return task.getAssignee().equals(this.self) ? Optional.empty()
						: Optional.of(task.getAssignee()).filter(this.groupsByUser::containsKey);
			}
			Set<String> candidates = candidateGroups(links);
			if (this.groupsByUser.get(this.self).stream().anyMatch(candidates::contains)) {
				return Optional.empty();
			}
			return this.groupsByUser.entrySet()
				.stream()
				.filter((entry) -> !entry.getKey().equals(this.self))
				.filter((entry) -> entry.getValue().stream().anyMatch(candidates::contains))
				.map(Map.Entry::getKey)
				.findFirst();
		}

	}

	/** What the to-do list reads in one go. */
	private record Listed(Actors actors, List<Task> tasks, Map<String, CaseFile> files,
			Map<String, ChainPosition> positions) {
	}

	/**
	 * A task the caller may see, with its case and, for a chain step, its place in the
	 * chain ({@code null} for other steps).
	 */
	private record Visible(Task task, List<IdentityLink> links, CaseFile file, ChainPosition position, TaskView view) {

		List<String> earlierSteps() {
			return (this.position != null) ? this.position.earlier() : List.of();
		}

	}

	/** A completion that passed its checks, with the variables it hands the engine. */
	private record Completion(Visible visible, CaseFile file, String outcome, Map<String, Object> variables) {
	}

	/**
	 * @param chain the chain's roles, comma-separated
	 * @param role the role now signing
	 * @param index its position (0 = first)
	 */
	private record ChainPosition(String chain, String role, Integer index) {

		static ChainPosition of(Map<String, Object> variables) {
			return new ChainPosition((String) variables.get(ProcessVariables.CHAIN),
					(String) variables.get(ProcessVariables.CURRENT_ROLE),
					(Integer) variables.get(ProcessVariables.STEP_INDEX));
		}

		boolean last() {
			return this.index != null && this.index == this.chain.split(",").length - 1;
		}

		List<String> earlier() {
			return List.of(this.chain.split(",")).subList(0, (this.index != null) ? this.index : 0);
		}

	}

	/**
	 * @param username the colleague's login
	 * @param displayName the colleague's name
	 */
	public record Colleague(String username, String displayName) {
	}

}
