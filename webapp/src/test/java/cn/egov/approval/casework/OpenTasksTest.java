package cn.egov.approval.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.egov.approval.PlatformTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The native look-ups of the to-do list find what Camunda's task query
 * ({@code taskAssigneeIn} or {@code taskCandidateGroupIn}, active) finds, and only that.
 */
@PlatformTest
class OpenTasksTest extends CaseworkHttpTest {

	@Autowired
	OpenTasks openTasks;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	private final List<String> standalone = new ArrayList<>();

	@AfterEach
	void deleteStandaloneTasks() {
		this.standalone.forEach((id) -> this.tasks.deleteTask(id, true));
	}

	@Test
	void shouldFindAssignedTasksAndUnassignedOnesOfferedToAGroupOnce() {
		String mine = task("open-tasks-user", List.of());
		String offered = task(null, List.of("open-tasks-a"));
		String offeredTwice = task(null, List.of("open-tasks-a", "open-tasks-b"));
		task("someone-else", List.of("open-tasks-a"));
		task(null, List.of("open-tasks-c"));

		List<Task> found = this.openTasks.assignedOrOffered(List.of("open-tasks-user"),
				Set.of("open-tasks-a", "open-tasks-b"), 500);

		assertThat(found).extracting(Task::getId).containsExactlyInAnyOrder(mine, offered, offeredTwice);
		assertThat(found).extracting(Task::getId)
			.containsExactlyInAnyOrderElementsOf(this.tasks.createTaskQuery()
				.or()
				.taskAssigneeIn("open-tasks-user")
				.taskCandidateGroupIn(List.of("open-tasks-a", "open-tasks-b"))
				.endOr()
				.active()
				.list()
				.stream()
				.map(Task::getId)
				.toList());
		assertThat(this.openTasks.assignedOrOffered(List.of("open-tasks-user"), Set.of(), 500)).extracting(Task::getId)
			.containsExactly(mine);
		assertThat(this.openTasks.active(offered)).map(Task::getId).hasValue(offered);
		assertThat(this.openTasks.active("no-such-task")).isEmpty();
	}

	@Test
	void shouldLeaveOutTheTasksOfASuspendedCase() {
		String caseNo = this.api.apply(LicensingJourneyTest.FOOD).get("caseNo").asText();
		String taskId = this.api.task("clerk", caseNo, "pre-check").get("id").asText();
		Task preCheck = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		Set<String> clerkGroups = this.tasks.getIdentityLinksForTask(taskId)
			.stream()
			.map(IdentityLink::getGroupId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		assertThat(this.openTasks.assignedOrOffered(List.of("clerk"), clerkGroups, 500)).extracting(Task::getId)
			.contains(taskId);

		this.runtime.suspendProcessInstanceById(preCheck.getProcessInstanceId());
		try {
			assertThat(this.openTasks.active(taskId)).isEmpty();
			assertThat(this.openTasks.assignedOrOffered(List.of("clerk"), clerkGroups, 500)).extracting(Task::getId)
				.doesNotContain(taskId);
		}
		finally {
			this.runtime.activateProcessInstanceById(preCheck.getProcessInstanceId());
		}
	}

	private String task(String assignee, List<String> candidateGroups) {
		Task task = this.tasks.newTask();
		task.setName("open-tasks");
		task.setAssignee(assignee);
		this.tasks.saveTask(task);
		candidateGroups.forEach((group) -> this.tasks.addCandidateGroup(task.getId(), group));
		this.standalone.add(task.getId());
		return task.getId();
	}

}
