// The editor packages without TypeScript declarations: what the workbench's wrappers use of them.

declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: unknown
  export const BpmnPropertiesProviderModule: unknown
  export const CamundaPlatformPropertiesProviderModule: unknown
}

declare module 'bpmn-js-bpmnlint' {
  const lintModule: unknown
  export default lintModule
}

declare module 'camunda-bpmn-moddle/resources/camunda.json' {
  const descriptor: Record<string, unknown>
  export default descriptor
}

declare module 'dmn-js/lib/Modeler' {
  export default class DmnModeler {
    constructor(options: { container: HTMLElement; common?: Record<string, unknown> })
    importXML(xml: string): Promise<{ warnings: unknown[] }>
    saveXML(options?: { format?: boolean }): Promise<{ xml: string }>
    getViews(): { type: string; element: unknown }[]
    getActiveView(): { type: string; element: unknown } | undefined
    open(view: { type: string; element: unknown }): Promise<unknown>
    getActiveViewer(): { get<T>(name: string): T } | undefined
    on(event: string, callback: (...args: unknown[]) => void): void
    destroy(): void
  }
}
