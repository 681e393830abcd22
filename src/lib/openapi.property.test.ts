import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../core/openapi/parseDocument'
import { buildProject, corpusPath } from '../testing/builders'
import { SequentialIds } from '../testing/fakes'
import { importOpenApi } from './openapi'

/**
 * Property: whatever a corpus file is mutated into, import never throws, always explains a
 * refusal with at least one error, and leaves the project exactly as it was on refusal.
 */

const files = readdirSync(corpusPath('openapi'))
  .filter((f) => !f.endsWith('.md'))
  .sort()
const sources = files.map((f) => {
  const text = readFileSync(corpusPath(`openapi/${f}`), 'utf8')
  return { file: f, text, doc: parseDocument(text).doc }
})

/** Every container in the document with the key (or index) of one of its children. */
function slots(doc: unknown): { parent: Record<string, unknown> | unknown[]; key: string | number }[] {
  const out: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = []
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach((v, i) => {
        out.push({ parent: node, key: i })
        walk(v)
      })
    } else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) {
        out.push({ parent: node as Record<string, unknown>, key: k })
        walk(v)
      }
    }
  }
  walk(doc)
  return out
}

const anyValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 100000 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '3.1.0',
    '2.0',
    '{proxy+}',
    '$' + '{AWS::Region}',
    '#/components/schemas/Nope',
    'aws_proxy',
    'when_no_match',
    '/a/{b}.json',
  ),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string({ maxLength: 6 }), fc.integer()), {
    maxKeys: 3,
  }),
  fc.constant({ $ref: '#/definitions/Missing' }),
  fc.constant({ $ref: '#/paths' }),
  fc.constant({ 'Fn::Sub': 'x' }),
)

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'rename'; at: number; name: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: anyValue }),
  fc.record({
    kind: fc.constant('rename' as const),
    at: fc.nat(),
    name: fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('$ref', 'x-amazon-apigateway-integration', 'get', '/x/{y}', 'default'),
    ),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom('{', '"', ':', '\n  - ', '!Ref', ']', '\t'),
  }),
)

function mutate(source: (typeof sources)[number], mutations: Mutation[]): string {
  const doc = JSON.parse(JSON.stringify(source.doc)) as Record<string, unknown>
  let text: string | undefined
  for (const m of mutations) {
    if (m.kind === 'truncate' || m.kind === 'insert') {
      const base = text ?? source.text
      const at = m.at % (base.length + 1)
      text = m.kind === 'truncate' ? base.slice(0, at) : base.slice(0, at) + m.text + base.slice(at)
      continue
    }
    const all = slots(doc)
    if (all.length === 0) continue
    const { parent, key } = all[m.at % all.length]!
    if (Array.isArray(parent)) {
      if (m.kind === 'delete') parent.splice(key as number, 1)
      else if (m.kind === 'replace') parent[key as number] = structuredClone(m.value)
    } else {
      const value = parent[key as string]
      delete parent[key as string]
      if (m.kind === 'replace') parent[key as string] = structuredClone(m.value)
      if (m.kind === 'rename') parent[m.name] = value
    }
  }
  return text ?? JSON.stringify(doc)
}

describe('importOpenApi on mutated corpus files', () => {
  it('never throws, explains refusals, and leaves the project untouched on refusal', () => {
    const project = buildProject()
    const snapshot = JSON.stringify(project)
    fc.assert(
      fc.property(
        fc.nat({ max: sources.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom('new', 'merge', 'overwrite'),
        (index, mutations, repair, mode) => {
          const text = mutate(sources[index]!, mutations)
          const target =
            mode === 'new'
              ? project
              : importOpenApi(sources[index]!.text, { project, repair: true, ids: new SequentialIds() })
                  .project
          const before = JSON.stringify(target)
          const result = importOpenApi(text, {
            project: target,
            repair,
            mode: mode as 'new' | 'merge' | 'overwrite',
            ids: new SequentialIds(3),
          })
          expect(JSON.stringify(target)).toBe(before)
          if (result.ok) {
            expect(result.apiId).toBeDefined()
            expect(result.errors).toEqual([])
          } else {
            expect(result.project).toBe(target)
            expect(result.errors.length + result.warnings.length).toBeGreaterThan(0)
            for (const e of result.errors) {
              expect(e.message.length).toBeGreaterThan(10)
              expect(e.message).not.toMatch(/undefined|\[object Object\]|Gatewright could not read/)
            }
          }
        },
      ),
      {
        numRuns: Number(process.env.PROPERTY_RUNS ?? 300),
        seed: Number(process.env.PROPERTY_SEED ?? 20250101),
      },
    )
    expect(JSON.stringify(project)).toBe(snapshot)
  })
})
