package cn.egov.approval.casework;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import cn.egov.approval.accounts.AccountDirectory;
import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.UserAccount;
import cn.egov.approval.posts.PostDirectory;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
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

	private final CaseTasks tasks = new CaseTasks(this.engineTasks, mock(FormService.class), this.mapper,
			mock(CaseClock.class), mock(CaseTimeline.class), mock(CaseItems.class),
			new StepDefinitions(new StaticMessageSource()), mock(PostDirectory.class), mock(AccountDirectory.class),
			new ObjectMapper());

	@Test
	void shouldLeaveOutATaskCompletedByAColleagueWhileTheListIsRead() {
		TaskQuery query = twoTasksTheFirstFailing();
		when(query.count()).thenReturn(0L);

		assertThat(this.tasks.list(CLERK)).extracting(TaskView::id).containsExactly("task-2");
	}

	@Test
	void shouldStillFailOnATaskThatIsOpen() {
		TaskQuery query = twoTasksTheFirstFailing();
		when(query.count()).thenReturn(1L);

		assertThatExceptionOfType(NullValueException.class).isThrownBy(() -> this.tasks.list(CLERK));
	}

	@Test
	void shouldReadNoLinksWhenTheCallerBacksUpNobody() {
		twoTasksTheFirstFailing();

		this.tasks.list(CLERK);

		verify(this.engineTasks, never()).getIdentityLinksForTask(anyString());
	}

	/**
	 * Two chain steps; the engine cannot find the first one's variables: it went, or
	 * something is wrong.
	 */
	private TaskQuery twoTasksTheFirstFailing() {
		List<Task> found = List.of(chainStep("task-1", "instance-1"), chainStep("task-2", "instance-2"));
		TaskQuery query = mock(TaskQuery.class, RETURNS_SELF);
		when(query.listPage(0, 500)).thenReturn(found);
		when(this.engineTasks.createTaskQuery()).thenReturn(query);
		when(this.engineTasks.getVariables(eq("task-1"), anyCollection()))
			.thenThrow(new NullValueException("task task-1 doesn't exist: task is null"));
		when(this.engineTasks.getVariables(eq("task-2"), anyCollection()))
			.thenReturn(Variables.putValue(ProcessVariables.CHAIN, "handler,section-head")
				.putValue(ProcessVariables.CURRENT_ROLE, "handler")
				.putValue(ProcessVariables.STEP_INDEX, 0));
		CaseFile file = mock(CaseFile.class);
		when(this.mapper.findByProcessInstance("instance-1")).thenReturn(Optional.of(file));
		when(this.mapper.findByProcessInstance("instance-2")).thenReturn(Optional.of(file));
		return query;
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
