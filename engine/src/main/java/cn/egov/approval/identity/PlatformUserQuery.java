package cn.egov.approval.identity;

import java.util.List;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Camunda's user query answered from the platform's accounts. */
class PlatformUserQuery extends UserQueryImpl {

	private static final long serialVersionUID = 1L;

	PlatformUserQuery() {
	}

	PlatformUserQuery(CommandExecutor commandExecutor) {
		super(commandExecutor);
	}

	@Override
	public long executeCount(CommandContext commandContext) {
		return provider(commandContext).findUsers(this).size();
	}

	@Override
	public List<User> executeList(CommandContext commandContext, Page page) {
		return Paging.slice(provider(commandContext).findUsers(this), page);
	}

	private static PlatformIdentityProvider provider(CommandContext commandContext) {
		return (PlatformIdentityProvider) commandContext.getReadOnlyIdentityProvider();
	}

}
