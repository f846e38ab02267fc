/** The platform's time zone. China has had no daylight saving time since 1991. */
export const PLATFORM_TIME_ZONE = 'Asia/Shanghai'
const PLATFORM_OFFSET = '+08:00'

/** Format an ISO instant as wall-clock time in Asia/Shanghai, e.g. "2026-10-12 09:00:00". */
export function formatPlatformTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: PLATFORM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`
}

/** ISO instant → Shanghai wall time "YYYY-MM-DDTHH:mm:ss" (the date picker's value format). */
export function toPlatformWallTime(iso: string): string {
  return formatPlatformTime(iso).replace(' ', 'T')
}

/** Shanghai wall time "YYYY-MM-DDTHH:mm:ss" → ISO instant with +08:00 offset. */
export function fromPlatformWallTime(wall: string): string {
  return `${wall}${PLATFORM_OFFSET}`
}
