// bpmnlint and bpmn-moddle ship no TypeScript declarations; what the lint module and its spec use of them.

declare module 'bpmnlint/lib/linter.js' {
  import type { LintConfig, Resolver } from 'bpmnlint-plugin-egov'

  export interface LintReport {
    id: string
    message: string
    category: string
  }

  export default class Linter {
    constructor(options: { resolver: Resolver; config?: LintConfig })
    lint(definitions: unknown, config?: LintConfig): Promise<Record<string, LintReport[]>>
  }
}

declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(extensions?: Record<string, unknown>)
    fromXML(xml: string, type?: string): Promise<{ rootElement: unknown; warnings: unknown[] }>
  }
}
