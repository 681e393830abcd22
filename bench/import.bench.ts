// `npm run bench -- import`: imports each large corpus file and a generated 2,000-path ×
// 3-operation spec with Gatewright's importer, and validates + dereferences the same files with
// @apidevtools/swagger-parser 13.0.0 in the same run. Prints median times and ratios.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import SwaggerParser from '@apidevtools/swagger-parser'
import { createEmptyProject } from '../src/core/model/project'
import { importOpenApi } from '../src/core/openapi/importOpenApi'
import type { IdSource } from '../src/core/ports/IdSource'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const corpus = fileURLToPath(new URL('../../shared/corpus/openapi-large/', import.meta.url))
if (!existsSync(corpus)) {
  console.error(
    `The large OpenAPI corpus is missing: expected ../shared/corpus/openapi-large beside the repository (${corpus}).`,
  )
  process.exit(1)
}

class CountingIds implements IdSource {
  private n = 0
  uuid() {
    return `00000000-0000-4000-8000-${(++this.n).toString(16).padStart(12, '0')}`
  }
  shortId(length: number) {
    return (++this.n).toString(36).padStart(length, '0')
  }
  random() {
    return 0.5
  }
}

/** 2,000 paths × 3 operations, each with parameters, a body model, responses and an integration. */
function generatedSpec(): string {
  const paths: Record<string, unknown> = {}
  for (let i = 0; i < 2000; i++) {
    const integration = (verb: string) => ({
      type: 'http',
      httpMethod: verb,
      uri: `https://backend.example.com/items${i}/{id}`,
      requestParameters: { 'integration.request.path.id': 'method.request.path.id' },
      responses: { default: { statusCode: '200' }, '4\\d{2}': { statusCode: '404' } },
      passthroughBehavior: 'when_no_match',
    })
    const responses = {
      '200': {
        description: 'ok',
        content: { 'application/json': { schema: { $ref: `#/components/schemas/Item${i % 200}` } } },
      },
      '404': {
        description: 'missing',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    }
    const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } }
    paths[`/group${i % 50}/items${i}/{id}`] = {
      get: {
        operationId: `get${i}`,
        parameters: [id, { name: 'q', in: 'query', schema: { type: 'string' } }],
        responses,
        'x-amazon-apigateway-integration': integration('GET'),
      },
      put: {
        operationId: `put${i}`,
        parameters: [id],
        requestBody: {
          content: { 'application/json': { schema: { $ref: `#/components/schemas/Item${i % 200}` } } },
        },
        responses,
        'x-amazon-apigateway-integration': integration('PUT'),
      },
      delete: {
        operationId: `delete${i}`,
        parameters: [id],
        responses,
        'x-amazon-apigateway-integration': integration('DELETE'),
      },
    }
  }
  const schemas: Record<string, unknown> = {
    Error: { type: 'object', properties: { message: { type: 'string' } } },
  }
  for (let i = 0; i < 200; i++) {
    schemas[`Item${i}`] = {
      type: 'object',
      required: ['id'],
      properties: {
        id: { type: 'string' },
        count: { type: 'integer', minimum: 0 },
        tags: { type: 'array', items: { type: 'string' } },
        error: { $ref: '#/components/schemas/Error' },
      },
    }
  }
  return JSON.stringify({
    openapi: '3.0.1',
    info: { title: 'Generated', version: '1' },
    paths,
    components: { schemas },
  })
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

interface Timing {
  min: number
  median: number
  note: string
}

async function once(fn: () => unknown | Promise<unknown>): Promise<{ ms: number; note: string }> {
  const t0 = performance.now()
  let note: string
  try {
    note = String((await fn()) ?? '')
  } catch (e) {
    note = `threw: ${(e as Error).message.split('\n')[0]!.slice(0, 60)}`
  }
  return { ms: performance.now() - t0, note }
}

/**
 * Runs both sides alternately (a warm-up round, then RUNS rounds), so a load spike on this
 * shared machine hits both; reports the minimum (least disturbed) and the median.
 */
async function compare(a: () => unknown, b: () => Promise<unknown>): Promise<[Timing, Timing]> {
  const ta: number[] = []
  const tb: number[] = []
  let na = ''
  let nb = ''
  for (let i = -1; i < RUNS; i++) {
    const ra = await once(a)
    const rb = await once(b)
    na = ra.note
    nb = rb.note
    if (i >= 0) {
      ta.push(ra.ms)
      tb.push(rb.ms)
    }
  }
  return [
    { min: Math.min(...ta), median: median(ta), note: na },
    { min: Math.min(...tb), median: median(tb), note: nb },
  ]
}

const dir = mkdtempSync(join(tmpdir(), 'gw-bench-'))
const generatedPath = join(dir, 'generated-2000x3.oas30.json')
writeFileSync(generatedPath, generatedSpec())
const files = [
  ...readdirSync(corpus)
    .filter((f) => !f.endsWith('.md'))
    .sort()
    .map((f) => join(corpus, f)),
  generatedPath,
]

const clock = { now: () => Date.UTC(2025, 0, 1), monotonic: () => 0 }
console.log(
  `Import benchmark: ${RUNS} alternating rounds after a warm-up, Node ${process.version}; times are min / median\n`,
)
console.log(
  `${'file'.padEnd(36)} ${'MB'.padStart(5)}  ${'Gatewright'.padStart(17)}  ${'swagger-parser'.padStart(17)}  ${'ratio'.padStart(6)}   notes`,
)
let slower = 0
for (const file of files) {
  const text = readFileSync(file, 'utf8')
  const [ours, peer] = await compare(
    () => {
      const r = importOpenApi(
        createEmptyProject('bench', new CountingIds(), clock),
        text,
        { repair: true },
        new CountingIds(),
      )
      return `${r.ok ? 'imported' : 'refused'}, ${r.warnings.length} warnings`
    },
    async () => {
      await SwaggerParser.validate(file)
      return 'valid'
    },
  )
  const ratio = peer.min / ours.min
  if (ratio < 1) slower++
  const name = file.split('/').pop()!
  const ms = (t: Timing) => `${t.min.toFixed(0)} / ${t.median.toFixed(0)} ms`
  console.log(
    `${name.padEnd(36)} ${(text.length / 1048576).toFixed(2).padStart(5)}  ${ms(ours).padStart(17)}  ${ms(peer).padStart(17)}  ${`${ratio.toFixed(1)}×`.padStart(6)}   ours: ${ours.note}; swagger-parser: ${peer.note}`,
  )
}
console.log(
  `\nratio = swagger-parser min / Gatewright min (above 1: Gatewright is faster); ${slower === 0 ? 'Gatewright is faster on every file' : `Gatewright is slower on ${slower} file(s)`}`,
)
