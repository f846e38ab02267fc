// bpmnlint-plugin-egov: the platform's process conventions as bpmnlint rules (lint/README.md).
// The rules import nothing, so the same files run in the Maven build (node), in the browser's modeler
// (bpmn-js-bpmnlint) and inside the JVM (GraalJS) on every deployment.
import candidateGroups from './rules/candidate-groups.js';
import historyTimeToLive from './rules/history-time-to-live.js';
import idNaming from './rules/id-naming.js';
import itemLegalTimers from './rules/item-legal-timers.js';
import outcomeNotices from './rules/outcome-notices.js';

export const PLUGIN = 'bpmnlint-plugin-egov';

export const rules = {
  'item-legal-timers': itemLegalTimers,
  'candidate-groups': candidateGroups,
  'outcome-notices': outcomeNotices,
  'history-time-to-live': historyTimeToLive,
  'id-naming': idNaming
};

/**
 * The bpmnlint configuration of all rules as errors, each given its part of the platform settings
 * (`{ roles, departments, notices, outcomes, legalTimers }`, see config/platform-defaults.json).
 */
export function platformConfig(settings = {}) {
  const ruleSettings = {
    'item-legal-timers': settings.legalTimers || {},
    'candidate-groups': { departments: settings.departments || [], roles: settings.roles || [] },
    'outcome-notices': { outcomes: settings.outcomes || {}, notices: settings.notices || [] },
    'history-time-to-live': {},
    'id-naming': {}
  };
  const configured = {};
  for (const [name, ruleConfig] of Object.entries(ruleSettings)) {
    configured[`egov/${name}`] = ['error', ruleConfig];
  }
  return { rules: configured };
}

/** A bpmnlint resolver serving this plugin's rules (and no others): what bpmn-js-bpmnlint and the build use. */
export const resolver = {
  resolveRule(pkg, ruleName) {
    const rule = pkg === PLUGIN ? rules[ruleName] : undefined;
    if (!rule) {
      throw new Error(`unknown rule <${pkg}/${ruleName}>`);
    }
    return rule;
  },
  resolveConfig(pkg, configName) {
    throw new Error(`unknown config <${pkg}/${configName}>`);
  }
};

export const configs = {
  // Without settings: every department and role code is accepted, outcomes must still be declared.
  recommended: platformConfig()
};
