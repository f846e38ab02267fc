package cn.egov.approval.casework;

import java.util.Map;

/**
 * A task with its form: the Camunda Form (form-js schema) deployed for the step and the
 * data it opens with.
 *
 * @param task the task
 * @param form the form
 */
public record TaskDetail(TaskView task, Form form) {

	public record Form(Object schema, Map<String, Object> data) {
	}

}
