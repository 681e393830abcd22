/** Identifiers and randomness, injected so tests get sequential, repeatable values. */
export interface IdSource {
  /** A random UUID (v4 shape). */
  uuid(): string
  /** A random id of `length` characters from [a-z0-9], like AWS's 10-character API and resource ids. */
  shortId(length: number): string
  /** A uniformly distributed number in [0, 1), for canary traffic splits and jitter. */
  random(): number
}
