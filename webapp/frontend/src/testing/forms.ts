/** The Camunda Forms the engine deploys (the repository's top-level forms/ folder), by form id, for the specs. */
const FORM_FILES = import.meta.glob<string>('../../../../forms/*.form', { query: '?raw', import: 'default', eager: true })

export const FORMS: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(FORM_FILES).map(([path, text]) => [path.replace(/^.*\/(.+)\.form$/, '$1'), JSON.parse(text) as Record<string, unknown>]),
)

/** One form by id; throws for an unknown id so that a renamed file fails loudly. */
export function formSchema(id: string): Record<string, unknown> {
  const schema = FORMS[id]
  if (!schema) throw new Error(`No form ${id} in forms/`)
  return schema
}
