package cn.egov.approval.supervision.history;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import org.springframework.stereotype.Component;

/**
 * Adds {@link HistoryFactHandler} to the engine's history event handlers. Camunda keeps
 * its own database handler first (a composite of the default and the custom handlers), so
 * the history tables are written as before and the facts are written by the same command,
 * on the same connection, in the same transaction.
 */
@Component
class HistoryFactPlugin extends AbstractProcessEnginePlugin {

	private final HistoryFactHandler handler;

	HistoryFactPlugin(HistoryFactHandler handler) {
		this.handler = handler;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<HistoryEventHandler> handlers = new ArrayList<>();
		if (configuration.getCustomHistoryEventHandlers() != null) {
			handlers.addAll(configuration.getCustomHistoryEventHandlers());
		}
		handlers.add(this.handler);
		configuration.setCustomHistoryEventHandlers(handlers);
		configuration.setEnableDefaultDbHistoryEventHandler(true);
	}

}
