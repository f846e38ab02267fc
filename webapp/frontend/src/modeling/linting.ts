import defaults from 'bpmnlint-plugin-egov/platform-defaults.json'
import { lintingFor, loadLinting, type BpmnlintLinting, type PlatformLintSettings } from './lint'

/**
 * The lint rules for the modeler: with the server's live departments and roles, or, if the
 * server cannot say, the build's defaults (the server checks the deployment anyway).
 */
export async function modelerLinting(): Promise<BpmnlintLinting> {
  try {
    return await loadLinting()
  } catch {
    return lintingFor(defaults as PlatformLintSettings)
  }
}

/** One problem bpmn-js-bpmnlint reports on an element. */
export interface LintIssue {
  id: string
  message: string
  category: string
  rule?: string
}

/** bpmn-js-bpmnlint's `linting.completed` issues (by element id) as a flat list of errors first. */
export function lintIssues(issues: Record<string, LintIssue[]>): LintIssue[] {
  const all = Object.entries(issues).flatMap(([id, list]) => list.map((issue) => ({ ...issue, id: issue.id || id })))
  return all.sort((a, b) => Number(b.category === 'error') - Number(a.category === 'error'))
}
