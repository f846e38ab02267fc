package cn.egov.approval.identity;

import java.util.List;

import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * The platform separates regions by data, not by Camunda tenants: every tenant query is
 * empty.
 */
class NoTenantQuery extends TenantQueryImpl {

	private static final long serialVersionUID = 1L;

	NoTenantQuery() {
	}

	NoTenantQuery(CommandExecutor commandExecutor) {
		super(commandExecutor);
	}

	@Override
	public long executeCount(CommandContext commandContext) {
		return 0;
	}

	@Override
	public List<Tenant> executeList(CommandContext commandContext, Page page) {
		return List.of();
	}

}
