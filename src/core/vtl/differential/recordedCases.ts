import { expect } from 'vitest'
import { JavaDouble } from '../java/JavaDouble'
import casesJson from './cases.json'
import expectedJson from './velocity-1.7.expected.json'

/**
 * The differential corpus: every case in cases.json was rendered by the real Apache Velocity
 * 1.7 (record.sh runs VelocityReference.java) and the result stored in
 * velocity-1.7.expected.json, so the tests need no Java. "velocity" cases are stock Velocity
 * with the variables in `vars`; "aws" cases run the working model of API Gateway (Velocity +
 * Jayway JsonPath on json-smart + commons-lang + null printing as nothing).
 */
export interface RecordedCase {
  id: string
  mode: 'velocity' | 'aws'
  template: string
  vars?: Record<string, unknown>
  body?: string
  params?: {
    path?: Record<string, string>
    querystring?: Record<string, string>
    header?: Record<string, string>
  }
  context?: Record<string, never>
  stageVariables?: Record<string, string>
}

export interface RecordedResult {
  id: string
  output?: string
  error?: { kind: string; line: number; column: number; message: string }
}

export const recordedCases = casesJson as RecordedCase[]
export const recordedResults = new Map((expectedJson as RecordedResult[]).map((e) => [e.id, e]))

/** Java identity hash codes (`[Ljava.lang.String;@5ecddf8f`) differ on every JVM run. */
const normalize = (s: string) => s.replace(/(\[L[a-z.A-Z]+;)@[0-9a-f]+/g, '$1@hash')

/** Case data (JSON) as Java-shaped values: objects → Map, decimals → Double. */
export function toJavaValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(toJavaValue)
  if (v !== null && typeof v === 'object')
    return new Map(Object.entries(v).map(([k, x]) => [k, toJavaValue(x)]))
  if (typeof v === 'number' && !Number.isInteger(v)) return new JavaDouble(v)
  return v
}

/**
 * Where we knowingly answer differently from Velocity 1.7 (listed in docs/fidelity.md), and
 * what we answer instead.
 */
const KNOWN_DIFFERENCES: Record<string, { why: string; ours: { kind: string; line: number } }> = {
  'err-unclosed-if': {
    why: 'an unclosed #if is reported at the #if (Velocity points at the end of the template)',
    ours: { kind: 'syntax', line: 1 },
  },
  'err-foreach-no-in': {
    why: 'a #foreach without "in" is a syntax error (Velocity silently renders nothing)',
    ours: { kind: 'syntax', line: 1 },
  },
}

/** Asserts that our result matches what Velocity 1.7 recorded (or our documented difference). */
export function expectLikeVelocity(c: RecordedCase, got: RecordedResult): void {
  const ours = KNOWN_DIFFERENCES[c.id]?.ours
  if (ours !== undefined) {
    expect({ kind: got.error?.kind, line: got.error?.line }).toEqual(ours)
    return
  }
  const want = recordedResults.get(c.id)
  expect(want, `no recorded result for ${c.id}: run record.sh`).toBeDefined()
  if (want!.error) {
    expect(got.error, `expected an error like Velocity's: ${want!.error.message}`).toBeDefined()
    expect(got.error!.kind).toBe(want!.error.kind)
    if (want!.error.line > 0) expect(got.error!.line).toBe(want!.error.line)
    // AWS answers a broken body with 400 "Could not process payload<json-smart message>"
    if (want!.error.kind === 'payload') expect(got.error!.message).toBe(want!.error.message)
  } else {
    expect(got.error?.message).toBeUndefined()
    expect(normalize(got.output!)).toBe(normalize(want!.output!))
  }
}
