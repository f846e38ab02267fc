package cn.egov.approval.identity;

import java.util.List;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Camunda's group query answered from the platform's roles and departments. */
class PlatformGroupQuery extends GroupQueryImpl {

	private static final long serialVersionUID = 1L;

	PlatformGroupQuery() {
	}

	PlatformGroupQuery(CommandExecutor commandExecutor) {
		super(commandExecutor);
	}

	@Override
	public long executeCount(CommandContext commandContext) {
		return provider(commandContext).findGroups(this).size();
	}

	@Override
	public List<Group> executeList(CommandContext commandContext, Page page) {
		return Paging.slice(provider(commandContext).findGroups(this), page);
	}

	private static PlatformIdentityProvider provider(CommandContext commandContext) {
		return (PlatformIdentityProvider) commandContext.getReadOnlyIdentityProvider();
	}

}
