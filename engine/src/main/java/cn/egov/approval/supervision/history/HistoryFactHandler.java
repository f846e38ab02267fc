package cn.egov.approval.supervision.history;

import java.util.List;

import cn.egov.approval.supervision.SupervisionFacts;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Receives every history event of the engine, inside the command that produced it, and
 * records the supervision facts the licensing processes' events carry. It is called on
 * the engine's thread in the engine's (Spring-managed) transaction: a fact written here
 * is rolled back with the engine's change. Supervision's services are looked up lazily,
 * because the engine needs this handler before they can exist.
 */
@Component
class HistoryFactHandler implements HistoryEventHandler {

	private final HistoryFactMapping mapping;

	private final ObjectProvider<SupervisionFacts> facts;

	HistoryFactHandler(HistoryFactMapping mapping, ObjectProvider<SupervisionFacts> facts) {
		this.mapping = mapping;
		this.facts = facts;
	}

	@Override
	public void handleEvent(HistoryEvent event) {
		if (event == null || !this.mapping.observes(event)) {
			return;
		}
		this.mapping.toFact(event).ifPresent((fact) -> this.facts.getObject().record(fact));
	}

	@Override
	public void handleEvents(List<HistoryEvent> events) {
		events.forEach(this::handleEvent);
	}

}
