import type { WorkerLike } from '../adapters/workers/WorkerLike'

/** A worker a test drives by hand: it keeps what was posted, and answers or fails on request. */
export class FakeWorker<Request, Message> implements WorkerLike<Request, Message> {
  posted: Request[] = []
  terminated = false
  private messageListeners: ((event: { data: Message }) => void)[] = []
  private errorListeners: ((event: { message?: string }) => void)[] = []
  postMessage(message: Request): void {
    this.posted.push(message)
  }
  addEventListener(type: 'message' | 'error', listener: never): void {
    if (type === 'message') this.messageListeners.push(listener)
    else this.errorListeners.push(listener)
  }
  terminate(): void {
    this.terminated = true
  }
  /** The worker posts `data` back. */
  answer(data: Message): void {
    for (const l of this.messageListeners) l({ data })
  }
  /** The worker fails (an uncaught error in it). */
  fail(message: string): void {
    for (const l of this.errorListeners) l({ message })
  }
}
