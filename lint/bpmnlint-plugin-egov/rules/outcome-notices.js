import { allFlowElements, camundaProperties, is, isSupportProcess, label } from '../lib/model.js';

/**
 * Every end event that closes a case declares its outcome (`camunda:property outcome`), and on every path
 * from the start to it an element declares (`camunda:property notice`) the notice that outcome requires,
 * e.g. `approved` needs `APPROVAL`. End events that only record a timer (reached through a
 * non-interrupting boundary event) close nothing and need no outcome. Support processes need no outcomes;
 * what they declare is checked all the same.
 *
 * Config: `{ outcomes: { [outcome]: string[] }, notices?: string[] }`: the notices an outcome requires (any
 * one of them; an empty list requires none) and the known notice types.
 */
export default function outcomeNotices(config = {}) {
  const outcomes = config.outcomes || {};
  const notices = new Set(config.notices || []);

  function check(node, reporter) {
    if (!is(node, 'bpmn:Process')) {
      return;
    }
    const elements = allFlowElements(node);
    // A fresh graph per lint: the modeler lints the same, edited, model again and again.
    const graph = flowGraph();
    checkDeclarations(elements, reporter);
    if (!isSupportProcess(node)) {
      for (const end of closingEndEvents(graph, node)) {
        if (!camundaProperties(end).outcome) {
          reporter.report(end.id, `End event ${label(end)} closes the case but declares no outcome (camunda:property outcome = ${Object.keys(outcomes).join('|')}) / 办结结束事件未声明办理结果`);
        }
      }
    }
    for (const end of elements.filter((element) => is(element, 'bpmn:EndEvent'))) {
      const declared = camundaProperties(end).outcome || [];
      for (const outcome of declared.filter((value) => outcomes[value])) {
        checkPaths(graph, end, outcome, outcomes[outcome], reporter);
      }
    }
  }

  function checkDeclarations(elements, reporter) {
    for (const element of elements) {
      const properties = camundaProperties(element);
      for (const outcome of properties.outcome || []) {
        if (!is(element, 'bpmn:EndEvent')) {
          reporter.report(element.id, `Only end events declare an outcome / 仅结束事件可声明办理结果`);
        }
        else if (!outcomes[outcome]) {
          reporter.report(element.id, `Unknown outcome "${outcome}" (known: ${Object.keys(outcomes).join(', ')}) / 未知的办理结果`);
        }
      }
      for (const notice of properties.notice || []) {
        if (notices.size > 0 && !notices.has(notice)) {
          reporter.report(element.id, `Unknown notice type "${notice}" / 未知的文书类型`);
        }
      }
    }
  }

  function checkPaths(graph, end, outcome, required, reporter) {
    if (required.length === 0) {
      return;
    }
    const container = end.$parent;
    const path = pathAvoiding(graph, container, required, end);
    if (path) {
      reporter.report(end.id, `Outcome "${outcome}" of ${label(end)} is reached without issuing ${required.join(' or ')}: ${path.map((element) => element.id).join(' → ')} / 该结果的路径上未出具${required.join('或')}`);
    }
  }

  return { check };
}

/** The end events of the process itself that the main flow (not a recording side branch) reaches. */
function closingEndEvents(graph, process) {
  const reached = new Set();
  const queue = startEvents(process);
  while (queue.length > 0) {
    const element = queue.shift();
    if (reached.has(element)) {
      continue;
    }
    reached.add(element);
    queue.push(...graph.successors(process, element, false));
  }
  return [...reached].filter((element) => is(element, 'bpmn:EndEvent') && element.$parent === process);
}

/**
 * A path from the container's start to the target that passes no element issuing one of the notices,
 * or null. Found breadth-first, so the path shown is a shortest one.
 */
function pathAvoiding(graph, container, required, target) {
  const previous = new Map();
  const queue = [];
  for (const start of startEvents(container)) {
    previous.set(start, null);
    queue.push(start);
  }
  while (queue.length > 0) {
    const element = queue.shift();
    if (element === target) {
      return unwind(previous, element);
    }
    const blocks = issuesOnEveryPath(graph, element, required);
    for (const next of graph.successors(container, element, true, blocks)) {
      if (!previous.has(next)) {
        previous.set(next, element);
        queue.push(next);
      }
    }
  }
  return null;
}

function unwind(previous, element) {
  const path = [];
  for (let current = element; current; current = previous.get(current)) {
    path.unshift(current);
  }
  return path;
}

function issuesOnEveryPath(graph, element, required) {
  const declared = camundaProperties(element).notice || [];
  if (declared.some((notice) => required.includes(notice))) {
    return true;
  }
  if (!is(element, 'bpmn:SubProcess') || element.triggeredByEvent) {
    return false;
  }
  const ends = (element.flowElements || []).filter((inner) => is(inner, 'bpmn:EndEvent'));
  return startEvents(element).length > 0 && ends.every((end) => !pathAvoiding(graph, element, required, end));
}

function startEvents(container) {
  return (container.flowElements || []).filter((element) => is(element, 'bpmn:StartEvent'));
}

/**
 * The sequence flows and boundary events of each container, indexed once per lint: the searches ask for
 * an element's successors many times, and scanning every flow element each time made this rule the
 * slowest part of a lint in GraalJS' interpreter.
 */
function flowGraph() {
  const indexes = new Map();

  function index(container) {
    let found = indexes.get(container);
    if (!found) {
      found = { targets: new Map(), boundaries: new Map() };
      for (const element of container.flowElements || []) {
        if (is(element, 'bpmn:SequenceFlow') && element.sourceRef && element.targetRef) {
          append(found.targets, element.sourceRef, element.targetRef);
        }
        else if (is(element, 'bpmn:BoundaryEvent') && element.attachedToRef) {
          append(found.boundaries, element.attachedToRef, element);
        }
      }
      indexes.set(container, found);
    }
    return found;
  }

  return {
    /**
     * Where the flow can go next: along outgoing sequence flows (unless the element issued the notice we
     * look for) and into the boundary events of an activity (always: they leave it before it completes).
     */
    successors(container, element, withNonInterrupting, blocked = false) {
      const { targets, boundaries } = index(container);
      const next = blocked ? [] : [...(targets.get(element) || [])];
      for (const boundary of boundaries.get(element) || []) {
        if (withNonInterrupting || boundary.cancelActivity !== false) {
          next.push(boundary);
        }
      }
      return next;
    }
  };
}

function append(map, key, value) {
  const values = map.get(key);
  if (values) {
    values.push(value);
  }
  else {
    map.set(key, [value]);
  }
}
