import { onScopeDispose, ref } from 'vue'

/** A whole-second countdown, e.g. until a code may be sent again; stops with its component. */
export function useCountdown() {
  const remaining = ref(0)
  let timer: ReturnType<typeof setInterval> | null = null

  function stop(): void {
    if (timer !== null) clearInterval(timer)
    timer = null
  }

  function start(seconds: number): void {
    stop()
    remaining.value = seconds
    timer = setInterval(() => {
      remaining.value = Math.max(0, remaining.value - 1)
      if (remaining.value === 0) stop()
    }, 1000)
  }

  onScopeDispose(stop)

  return { remaining, start, stop }
}
