/**
 * The part of a Web Worker the runners use, typed by what they post and what comes back — so
 * tests can hand them a fake and Node can hand them something else.
 */
export interface WorkerLike<Request, Message> {
  postMessage(message: Request): void
  addEventListener(type: 'message', listener: (event: { data: Message }) => void): void
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void
  terminate(): void
}
