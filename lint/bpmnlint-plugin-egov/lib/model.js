// Helpers over bpmn-moddle elements shared by the rules. They read the Camunda 7 moddle's typed
// properties and fall back to raw attributes, so a diagram parsed without the Camunda extension still
// lints the same way.

export function is(element, type) {
  return Boolean(element && typeof element.$instanceOf === 'function' && element.$instanceOf(type));
}

export function isAny(element, types) {
  return types.some((type) => is(element, type));
}

/** The expression form `${...}` the engine resolves at run time. */
export function isExpression(text) {
  return /^\$\{[^}]+\}$/.test(text) || /^#\{[^}]+\}$/.test(text);
}

export function camundaAttribute(element, name) {
  const typed = element[name];
  if (typed !== undefined && typed !== null) {
    return typed;
  }
  const attrs = element.$attrs || {};
  return attrs['camunda:' + name];
}

/**
 * The `camunda:property` entries of an element, name to list of values (a name may repeat and a value
 * may list several comma-separated entries).
 */
export function camundaProperties(element) {
  const result = {};
  const extensions = (element.extensionElements && element.extensionElements.values) || [];
  for (const extension of extensions) {
    if (!isPropertiesElement(extension)) {
      continue;
    }
    for (const property of propertyEntries(extension)) {
      const name = property.name || (property.$attrs && property.$attrs.name);
      const value = property.value || (property.$attrs && property.$attrs.value);
      if (!name || value === undefined || value === null) {
        continue;
      }
      const values = String(value).split(',').map((entry) => entry.trim()).filter(Boolean);
      result[name] = (result[name] || []).concat(values);
    }
  }
  return result;
}

function isPropertiesElement(extension) {
  return extension.$type === 'camunda:Properties' || extension.$type === 'camunda:properties';
}

function propertyEntries(extension) {
  return extension.values || extension.$children || [];
}

export function processKind(process) {
  const kinds = camundaProperties(process).processKind || [];
  return kinds[0] || 'item';
}

export function isSupportProcess(process) {
  return processKind(process) === 'support';
}

/** The process (or sub-process, for nested rules) that owns an element. */
export function owningProcess(element) {
  let current = element.$parent;
  while (current && !is(current, 'bpmn:Process')) {
    current = current.$parent;
  }
  return current;
}

/** All flow elements of a container and of its nested sub-processes. */
export function allFlowElements(container) {
  const result = [];
  for (const element of container.flowElements || []) {
    result.push(element);
    if (is(element, 'bpmn:SubProcess')) {
      result.push(...allFlowElements(element));
    }
  }
  return result;
}

export function label(element) {
  return element.name ? `${element.id} (${element.name})` : element.id;
}
