package cn.egov.approval.casework;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import cn.egov.approval.accounts.AccountDirectory;
import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.UserAccount;
import cn.egov.approval.posts.PostDirectory;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The to-do list while colleagues work the same queue: found by the throughput benchmark,
 * where two threads share the demo department's queues.
 */
class CaseTasksListTest {

	private static final PlatformUser CLERK = new PlatformUser(
			new UserAccount("clerk", "王窗口", null, "SFX-SCJGJ", null, null, true, List.of("clerk")));

	private final TaskService engineTasks = mock(TaskService.class);

	private final CaseMapper mapper = mock(CaseMapper.class);

	private final RuntimeService runtime = mock(RuntimeService.class);

	private final OpenTasks openTasks = mock(OpenTasks.class);

	private final OneEngineCommand oneCommand = mock(OneEngineCommand.class);

	private final CaseTasks tasks = new CaseTasks(this.engineTasks, mock(FormService.class), this.mapper,
			mock(CaseClock.class), mock(CaseTimeline.class), mock(CaseItems.class),
			new StepDefinitions(new StaticMessageSource()), mock(PostDirectory.class), mock(AccountDirectory.class),
			new ObjectMapper(), this.runtime, this.oneCommand, this.openTasks);

	@Test
	void shouldLeaveOutATaskCompletedByAColleagueWhileTheListIsRead() {
		twoTasksTheFirstFailing();
		when(this.openTasks.active("task-1")).thenReturn(Optional.empty());

		assertThat(this.tasks.list(CLERK)).extracting(TaskView::id).containsExactly("task-2");
	}

	@Test
	void shouldStillFailOnATaskThatIsOpen() {
		List<Task> found = twoTasksTheFirstFailing();
		when(this.openTasks.active("task-1")).thenReturn(Optional.of(found.get(0)));

		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.tasks.list(CLERK));
	}

	@Test
	void shouldReadNoLinksWhenTheCallerBacksUpNobody() {
		twoTasksTheFirstFailing();

		this.tasks.list(CLERK);

		verify(this.engineTasks, never()).getIdentityLinksForTask(anyString());
	}

	/**
	 * Two chain steps; the first one's instance has no variables left: it went, or
	 * something is wrong.
	 */
	private List<Task> twoTasksTheFirstFailing() {
		when(this.oneCommand.read(any())).thenAnswer((call) -> call.<Supplier<?>>getArgument(0).get());
		List<Task> found = List.of(chainStep("task-1", "instance-1"), chainStep("task-2", "instance-2"));
		when(this.openTasks.assignedOrOffered(anyCollection(), anyCollection(), eq(500))).thenReturn(found);
		List<VariableInstance> secondOnly = List.of(
				variable("instance-2", ProcessVariables.CHAIN, "handler,section-head"),
				variable("instance-2", ProcessVariables.CURRENT_ROLE, "handler"),
				variable("instance-2", ProcessVariables.STEP_INDEX, 0));
		VariableInstanceQuery variables = mock(VariableInstanceQuery.class, RETURNS_SELF);
		when(variables.list()).thenReturn(secondOnly);
		when(this.runtime.createVariableInstanceQuery()).thenReturn(variables);
		List<CaseFile> files = List.of(caseFile("instance-1"), caseFile("instance-2"));
		when(this.mapper.findByProcessInstances(anyCollection())).thenReturn(files);
		return found;
	}

	private static CaseFile caseFile(String processInstanceId) {
		CaseFile file = mock(CaseFile.class);
		when(file.processInstanceId()).thenReturn(processInstanceId);
		return file;
	}

	private static VariableInstance variable(String processInstanceId, String name, Object value) {
		VariableInstance variable = mock(VariableInstance.class);
		when(variable.getProcessInstanceId()).thenReturn(processInstanceId);
		when(variable.getExecutionId()).thenReturn(processInstanceId);
		when(variable.getName()).thenReturn(name);
		when(variable.getValue()).thenReturn(value);
		return variable;
	}

	private static Task chainStep(String id, String processInstanceId) {
		Task task = mock(Task.class);
		when(task.getId()).thenReturn(id);
		when(task.getProcessInstanceId()).thenReturn(processInstanceId);
		when(task.getTaskDefinitionKey()).thenReturn("ChainStep");
		when(task.getCreateTime()).thenReturn(new Date());
		return task;
	}

}
