import type { PlatformLintSettings } from 'bpmnlint-plugin-egov'
import { http } from './http'

const LINT_CONFIG_URL = '/api/modeling/lint-config'

/** GET /api/modeling/lint-config: the live departments, roles, notices and outcome table the rules check against. */
export async function fetchLintSettings(): Promise<PlatformLintSettings> {
  const { data } = await http.get<PlatformLintSettings>(LINT_CONFIG_URL)
  return data
}
