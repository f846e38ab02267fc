// The platform's process conventions for bpmn-js-bpmnlint: the same rules the Maven build runs over
// processes/ and the server runs on every deployment (lint/README.md), configured with the live settings.
import { platformConfig, resolver, type LintConfig, type PlatformLintSettings, type Resolver } from 'bpmnlint-plugin-egov'
import { fetchLintSettings } from '@/api/lintConfig'

export type { PlatformLintSettings }

/** What bpmn-js-bpmnlint takes as `linting: { bpmnlint: ... }`. */
export interface BpmnlintLinting {
  config: LintConfig
  resolver: Resolver
}

/** The linting for the given settings (the build's defaults or the server's live ones). */
export function lintingFor(settings: PlatformLintSettings): BpmnlintLinting {
  return { config: platformConfig(settings), resolver }
}

/** The linting with the server's live departments and roles; for the modeler to pass to bpmn-js. */
export async function loadLinting(): Promise<BpmnlintLinting> {
  return lintingFor(await fetchLintSettings())
}
