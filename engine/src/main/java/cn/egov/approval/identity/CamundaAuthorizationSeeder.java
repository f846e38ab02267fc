package cn.egov.approval.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.egov.approval.accounts.Role;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;

import org.springframework.stereotype.Component;

/**
 * Grants, once, what each role may do in Camunda's own apps and REST API, since
 * authorization checks are on: administrators everything, staff the Tasklist with two
 * task filters, the reform office, the supervision bureau and auditors a read-only
 * Cockpit, and the reform office deploys. Task-level rights come from Camunda itself when
 * a task names candidate groups.
 */
@Component
class CamundaAuthorizationSeeder extends AbstractProcessEnginePlugin {

	private static final List<Role> COCKPIT_READERS = List.of(Role.REFORM_OFFICE, Role.BUREAU_SUPERVISOR, Role.AUDITOR);

	private static final List<Resource> READABLE_IN_COCKPIT = List.of(Resources.PROCESS_DEFINITION,
			Resources.PROCESS_INSTANCE, Resources.DEPLOYMENT, Resources.DECISION_DEFINITION,
			Resources.DECISION_REQUIREMENTS_DEFINITION, Resources.TASK);

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		new Seeding(engine.getAuthorizationService(), engine.getFilterService(), engine.getTaskService()).run();
	}

	private record Seeding(AuthorizationService authorizations, FilterService filters, TaskService tasks) {

		void run() {
			for (Resources resource : Resources.values()) {
				grant(CamundaGroups.CAMUNDA_ADMIN, resource, Permissions.ALL);
			}
			for (Role role : Role.values()) {
				if (role.isStaff()) {
					grant(role.code(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
					grant(role.code(), Resources.FILTER, Permissions.READ);
				}
			}
			for (Role role : COCKPIT_READERS) {
				grant(role.code(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
				READABLE_IN_COCKPIT.forEach((resource) -> grant(role.code(), resource, Permissions.READ));
				grant(role.code(), Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_HISTORY);
			}
			// The reform office deploys from the desktop Modeler through /engine-rest;
			// every
			// deployment still passes the lint rules (lint/LintingDeployer).
			grant(Role.REFORM_OFFICE.code(), Resources.DEPLOYMENT, Permissions.CREATE);
			createTaskFilters();
		}

		private void grant(String groupId, Resource resource, Permission permission) {
			grant(groupId, resource, Authorization.ANY, permission);
		}

		private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
			Authorization existing = this.authorizations.createAuthorizationQuery()
				.authorizationType(Authorization.AUTH_TYPE_GRANT)
				.groupIdIn(groupId)
				.resourceType(resource)
				.resourceId(resourceId)
				.singleResult();
			Authorization authorization = (existing != null) ? existing
					: this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			if (existing != null && existing.isPermissionGranted(permission)) {
				return;
			}
			authorization.setGroupId(groupId);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
			authorization.addPermission(permission);
			this.authorizations.saveAuthorization(authorization);
		}

		private void createTaskFilters() {
			if (this.filters.createFilterQuery().count() > 0) {
				return;
			}
			TaskQuery mine = this.tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}");
			TaskQuery groups = this.tasks.createTaskQuery()
				.taskCandidateGroupInExpression("${currentUserGroups()}")
				.taskUnassigned();
			save(this.filters.newTaskFilter("我的待办 / My tasks"), mine, -10);
			save(this.filters.newTaskFilter("待签收 / Group tasks"), groups, -5);
		}

		private void save(Filter filter, TaskQuery query, int priority) {
			filter.setQuery(query);
			filter.setProperties(new HashMap<>(Map.of("priority", priority, "autoRefresh", true)));
			this.filters.saveFilter(filter);
		}

	}

}
