package cn.egov.approval.casework;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * The open-task look-ups of the to-do list and of every task action, as native task
 * queries. Camunda's task query assembles its SQL from a mapping of some hundred
 * conditions evaluated with OGNL on every call, which took longer than running the SQL
 * (the licensing benchmark's profile: a third of a to-do list's time); these statements
 * are fixed, with every value a bound parameter.
 */
@Component
class OpenTasks {

	/**
	 * {@code SuspensionState.ACTIVE}: a suspended task can be neither listed nor worked.
	 */
	private static final int ACTIVE = 1;

	private final TaskService tasks;

	private final String taskTable;

	private final String linkTable;

	OpenTasks(TaskService tasks, ManagementService management) {
		this.tasks = tasks;
		this.taskTable = management.getTableName(TaskEntity.class);
		this.linkTable = management.getTableName(IdentityLinkEntity.class);
	}

	/** An active task. */
	Optional<Task> active(String taskId) {
		return Optional.ofNullable(this.tasks.createNativeTaskQuery()
			.sql("SELECT * FROM " + this.taskTable + " WHERE ID_ = #{id} AND SUSPENSION_STATE_ = #{active}")
			.parameter("id", taskId)
			.parameter("active", ACTIVE)
			.singleResult());
	}

	/**
	 * Active tasks assigned to one of the users, or unassigned with one of the groups as
	 * a candidate (as Camunda's {@code taskCandidateGroupIn}), oldest first.
	 * @param usernames assignees
	 * @param groups candidate groups
	 * @param limit at most this many
	 * @return the tasks
	 */
	List<Task> assignedOrOffered(Collection<String> usernames, Collection<String> groups, int limit) {
		NativeTaskQuery query = this.tasks.createNativeTaskQuery();
		String assignees = parameters(query, "u", usernames);
		StringBuilder sql = new StringBuilder("SELECT RES.* FROM ").append(this.taskTable)
			.append(" RES WHERE RES.SUSPENSION_STATE_ = #{active} AND (RES.ASSIGNEE_ IN (")
			.append(assignees)
			.append(")");
		if (!groups.isEmpty()) {
			sql.append(" OR RES.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM ")
				.append(this.linkTable)
				.append(" I WHERE I.TASK_ID_ = RES.ID_ AND I.TYPE_ = #{candidate} AND I.GROUP_ID_ IN (")
				.append(parameters(query, "g", groups))
				.append("))");
			query.parameter("candidate", IdentityLinkType.CANDIDATE);
		}
		sql.append(") ORDER BY RES.CREATE_TIME_ ASC, RES.ID_ ASC");
		return query.sql(sql.toString()).parameter("active", ACTIVE).listPage(0, limit);
	}

	/** Binds each value as a parameter; returns their placeholders, comma-separated. */
	private static String parameters(NativeTaskQuery query, String prefix, Collection<String> values) {
		StringBuilder placeholders = new StringBuilder();
		int index = 0;
		for (String value : values) {
			String name = prefix + index++;
			query.parameter(name, value);
			placeholders.append((placeholders.length() > 0) ? ", " : "").append("#{").append(name).append('}');
		}
		return placeholders.toString();
	}

}
