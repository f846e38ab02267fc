import { onBeforeUnmount, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { BOARD_STREAM_URL, getBoard, type BoardSnapshot, type LiveWarning } from '@/api/board'
import { serverMessage } from '@/api/errors'

/** How many arrived warnings the feed keeps. */
export const FEED_LENGTH = 50

/** After a burst of warnings the figures are read again once, this long after the last. */
const REFRESH_DELAY_MS = 1000

export type StreamState = 'connecting' | 'live' | 'reconnecting'

/**
 * The supervision board: the figures (GET /api/supervision/board) and the warnings that
 * arrive on its event stream, newest first. The browser's EventSource reconnects by itself
 * when the stream ends; the figures are read again after warnings arrive and on reconnect.
 */
export function useSupervisionBoard(openStream: (url: string) => EventSource = (url) => new EventSource(url)) {
  const { t } = useI18n()
  const snapshot = shallowRef<BoardSnapshot | null>(null)
  const feed = ref<LiveWarning[]>([])
  const state = ref<StreamState>('connecting')
  const errorMessage = ref('')
  let source: EventSource | null = null
  let refreshTimer: ReturnType<typeof setTimeout> | undefined

  async function load(): Promise<void> {
    try {
      snapshot.value = await getBoard()
      errorMessage.value = ''
    } catch (error) {
      errorMessage.value = serverMessage(error) ?? t('supervisionBoard.loadFailed')
    }
  }

  function refreshSoon(): void {
    clearTimeout(refreshTimer)
    refreshTimer = setTimeout(load, REFRESH_DELAY_MS)
  }

  function arrived(event: MessageEvent<string>): void {
    const warning = JSON.parse(event.data) as LiveWarning
    if (feed.value.some((known) => known.id === warning.id)) return
    feed.value = [warning, ...feed.value].slice(0, FEED_LENGTH)
    refreshSoon()
  }

  function connect(): void {
    source = openStream(BOARD_STREAM_URL)
    source.addEventListener('ready', () => {
      if (state.value === 'reconnecting') refreshSoon()
      state.value = 'live'
    })
    source.addEventListener('warning', arrived as EventListener)
    source.onerror = () => {
      state.value = 'reconnecting'
    }
  }

  function close(): void {
    clearTimeout(refreshTimer)
    source?.close()
    source = null
  }

  async function start(): Promise<void> {
    connect()
    await load()
  }

  onBeforeUnmount(close)

  return { snapshot, feed, state, errorMessage, start, load, close }
}
