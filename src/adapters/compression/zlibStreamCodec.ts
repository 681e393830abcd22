/**
 * zlib-format compression (RFC 1950: deflate with an Adler-32 checksum) through the platform's
 * CompressionStream / DecompressionStream (browsers, Node ≥ 18). No library needed.
 */

export type InflateOutcome =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; problem: 'truncated' | 'corrupt' | 'too-large'; detail: string }

export const zlibStreamCodec = {
  async deflate(bytes: Uint8Array): Promise<Uint8Array> {
    const reader = streamOf(bytes).pipeThrough(new CompressionStream('deflate')).getReader()
    const chunks: Uint8Array[] = []
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return concat(chunks)
      chunks.push(value)
    }
  },

  /**
   * Unpacks `bytes`, stopping as soon as the output passes `maxBytes`. Never rejects: an early
   * end is `truncated`; a bad checksum, bad data or data after the end is `corrupt`.
   */
  async inflate(bytes: Uint8Array, maxBytes: number): Promise<InflateOutcome> {
    const reader = streamOf(bytes).pipeThrough(new DecompressionStream('deflate')).getReader()
    const chunks: Uint8Array[] = []
    let total = 0
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) return { ok: true, bytes: concat(chunks) }
        total += value.length
        if (total > maxBytes) {
          await reader.cancel()
          return { ok: false, problem: 'too-large', detail: `more than ${maxBytes} bytes` }
        }
        chunks.push(value)
      }
    } catch (error) {
      return describeFailure(error)
    }
  },
}

/**
 * The platforms word an early end differently: Chromium "Compressed input was truncated.",
 * Node (zlib) "unexpected end of file". Anything else the stream refuses is damage.
 */
function describeFailure(error: unknown): InflateOutcome {
  const message = error instanceof Error ? error.message : String(error)
  // Chromium prefixes "Failed to execute 'close' on 'WritableStreamDefaultWriter': ".
  const detail = message.replace(/^Failed to execute '[^']*' on '[^']*': /, '').replace(/\.$/, '')
  if (/truncated|unexpected end/i.test(message)) return { ok: false, problem: 'truncated', detail }
  return { ok: false, problem: 'corrupt', detail }
}

function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      // A copy, so the stream owns an ArrayBuffer (never a SharedArrayBuffer) the caller cannot change.
      controller.enqueue(new Uint8Array(bytes))
      controller.close()
    },
  })
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}
