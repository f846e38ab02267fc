/** What the server takes for a case material (checked again there, by content). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
export const UPLOAD_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const
/** The file picker's `accept`: MIME types plus extensions, for systems that report no type. */
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png'

const EXTENSIONS = /\.(pdf|jpe?g|png)$/i

export type UploadProblem = 'type' | 'size' | 'empty'

/** Why a file cannot be uploaded, or null when it may be. */
export function uploadProblem(file: Pick<File, 'name' | 'type' | 'size'>): UploadProblem | null {
  const typed = (UPLOAD_TYPES as readonly string[]).includes(file.type)
  if (!typed && !(file.type === '' && EXTENSIONS.test(file.name))) return 'type'
  if (file.size === 0) return 'empty'
  if (file.size > MAX_UPLOAD_BYTES) return 'size'
  return null
}

/** Files chosen per material: the key is the index into the item's `materials`. */
export type MaterialFiles = Record<number, File[]>

/** The chosen files as (materialIndex, file) pairs, in material order. */
export function filesInOrder(files: MaterialFiles): { materialIndex: number; file: File }[] {
  return Object.keys(files)
    .map(Number)
    .sort((a, b) => a - b)
    .flatMap((materialIndex) => (files[materialIndex] ?? []).map((file) => ({ materialIndex, file })))
}

/** "1.5 MB", "320 KB". */
export function fileSizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}
