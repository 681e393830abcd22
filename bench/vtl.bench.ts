// `npm run bench -- vtl`: Gatewright's VTL engine against velocityjs (the fastest VTL engine we
// know of in JavaScript) on four AWS-style mapping templates, pre-compiled and compile+render,
// in the same run. Both engines get equivalent $input/$util objects: a body parsed from JSON
// once per render, JSONPath lookups, escapeJavaScript. Goals: ≥ 3× pre-compiled, ≥ 2× compile+render.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { Compile, parse } from 'velocityjs'
import { build } from 'vite'
import type { MappingInput } from '../src/lib/vtl'

// Measure what users run: `gatewright/vtl` bundled as `npm run build:lib` bundles it (Vite,
// plain ES module), into a temporary folder — not the tsx-transformed sources, whose module
// getters and keep-names helpers cost time that the shipped library does not pay.
const out = mkdtempSync(join(tmpdir(), 'gatewright-vtl-bench-'))
await build({
  configFile: false,
  logLevel: 'silent',
  publicDir: false,
  build: {
    outDir: out,
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    ssr: true,
    lib: { entry: 'src/lib/vtl.ts', formats: ['es'], fileName: 'vtl' },
  },
})
const { compileMappingTemplate } = (await import(
  pathToFileURL(join(out, 'vtl.js')).href
)) as typeof import('../src/lib/vtl')
rmSync(out, { recursive: true, force: true })

// Request bodies as such templates meet them: a ~1 KB record (identity, the 10-field
// mapping and the escaping template), and a list of 100 items for the #foreach.
const record = {
  id: 'c0ffee',
  name: 'O\'Brien "Bob"',
  email: 'bob@example.com',
  age: 42,
  active: true,
  city: 'Zürich',
  country: 'CH',
  zip: '8001',
  phone: '+41 44 000 00 00',
  description: 'Line one\nLine "two" </script>',
  address: { street: 'Bahnhofstrasse 1', floor: 3, geo: { lat: 47.3769, lon: 8.5417 } },
  tags: ['vip', 'beta', 'newsletter'],
  orders: [
    { id: 'o-1', total: 19.99, items: 2 },
    { id: 'o-2', total: 5.5, items: 1 },
    { id: 'o-3', total: 120, items: 7 },
  ],
  preferences: { language: 'de-CH', currency: 'CHF', marketing: false, theme: 'dark' },
  createdAt: '2024-05-01T10:00:00Z',
  updatedAt: '2025-01-15T08:30:00Z',
  notes: 'Prefers e-mail. Call only between 9:00 and 17:00 (CET). Ask for "Bob".',
}
const items = Array.from({ length: 100 }, (_, i) => ({
  id: i + 1,
  name: `item ${i + 1}`,
  price: 1.5 + i,
  tags: ['a', 'b'],
}))
const recordBody = JSON.stringify(record)
const listBody = JSON.stringify({ items })

const TEMPLATES: Record<string, { body: string; source: string }> = {
  identity: { body: recordBody, source: `$input.json('$')` },
  'map-10-fields': {
    body: recordBody,
    source: `{
  "id": "$input.path('$.id')",
  "name": "$input.path('$.name')",
  "email": "$input.path('$.email')",
  "age": $input.path('$.age'),
  "active": $input.path('$.active'),
  "city": "$input.path('$.city')",
  "country": "$input.path('$.country')",
  "zip": "$input.path('$.zip')",
  "phone": "$input.path('$.phone')",
  "firstOrder": "$input.path('$.orders[0].id')"
}`,
  },
  'foreach-100': {
    body: listBody,
    source: `#set($items = $input.path('$.items'))
[
#foreach($item in $items)
  {"id": $item.id, "name": "$item.name", "price": $item.price}#if($foreach.hasNext),#end

#end
]`,
  },
  // not one of the four AWS-style templates: no $input at all, to show the engine alone
  'engine-only': {
    body: '',
    source: `#set($total = 0)
#foreach($i in [1..100])
#set($total = $total + $i)
#if($i % 3 == 0)fizz#elseif($i % 5 == 0)buzz#{else}$i#end#if($foreach.hasNext),#end
#end
total=$total`,
  },
  'escape-nested-if': {
    body: recordBody,
    source: `#set($name = $input.path('$.name'))
#set($desc = $input.path('$.description'))
{
#if($name != "")
  #if($name.indexOf("'") >= 0)
  "name": "$util.escapeJavaScript($name)",
  #else
  "short": "$util.escapeJavaScript($name)",
  #end
#end
#if($input.path('$.active'))
  #if($desc.startsWith("Line"))
  "desc": "$util.escapeJavaScript($desc)",
  #end
  "city": "$util.escapeJavaScript($input.path('$.city'))"
#else
  "inactive": true
#end
}`,
  },
}

function mappingInput(body: string): MappingInput {
  return {
    body,
    params: { path: { id: '42' }, querystring: {}, header: { Accept: 'application/json' } },
    context: { requestId: 'r-1', stage: 'dev' },
    stageVariables: {},
  }
}

// ---- the same $input / $util for velocityjs: body parsed once per render, simple JSONPath
function lookup(doc: unknown, path: string): unknown {
  let cur: unknown = doc
  for (const m of path.slice(1).matchAll(/\.([A-Za-z_][\w-]*)|\[(\d+)\]/g)) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = m[1] !== undefined ? (cur as Record<string, unknown>)[m[1]] : (cur as unknown[])[Number(m[2])]
  }
  return cur
}
function escapeJavaScript(s: string): string {
  return s.replace(/[\\'"/\n\r\t\b\f]|[^\x20-\x7e]/g, (c) => {
    switch (c) {
      case '\n':
        return '\\n'
      case '\r':
        return '\\r'
      case '\t':
        return '\\t'
      case '\b':
        return '\\b'
      case '\f':
        return '\\f'
      case '\\':
      case "'":
      case '"':
      case '/':
        return `\\${c}`
    }
    return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
  })
}
/** `$input` for velocityjs: the body is parsed at most once per render, as ours is. */
class VelocityjsInput {
  constructor(readonly body: string) {}
  private doc: unknown
  private document(): unknown {
    if (this.doc === undefined) this.doc = JSON.parse(this.body)
    return this.doc
  }
  json(p: string): string {
    return JSON.stringify(lookup(this.document(), p))
  }
  path(p: string): unknown {
    return lookup(this.document(), p)
  }
  params(name?: string): unknown {
    return name === undefined ? params : ((params.path as Record<string, string>)[name] ?? '')
  }
}
const velocityjsUtil = { escapeJavaScript }
const params = { path: { id: '42' }, querystring: {}, header: { Accept: 'application/json' } }
function velocityjsContext(body: string): Record<string, unknown> {
  return {
    input: new VelocityjsInput(body),
    util: velocityjsUtil,
    context: { requestId: 'r-1', stage: 'dev' },
    stageVariables: {},
  }
}

/**
 * Renders per CPU-second over one slice. CPU time (process.cpuUsage), not wall time: the
 * machine is shared, and time spent waiting for a core is not the engine's.
 */
function slice(fn: () => void, ms: number): number {
  let n = 0
  const start = process.cpuUsage()
  const wall = performance.now()
  while (performance.now() - wall < ms) {
    for (let i = 0; i < 10; i++) fn()
    n += 10
  }
  const used = process.cpuUsage(start)
  return (n / (used.user + used.system)) * 1e6
}

/**
 * The variants run interleaved in short slices, several rounds, so a burst of load on the
 * machine hurts both sides alike. Returns each variant's rate in every round.
 */
function measure(fns: Array<() => void>, rounds = 15, ms = 100): number[][] {
  for (const fn of fns) for (let i = 0; i < 200; i++) fn()
  const rates: number[][] = fns.map(() => [])
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, i) => {
      rates[i]!.push(slice(fn, ms))
    })
  }
  return rates
}

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/**
 * Ours against theirs: the median of the per-round ratios (the two slices of a round ran
 * back to back, under the same load), and the ratio of the best slices.
 */
function compare(ours: number[], theirs: number[]): { median: number; best: number } {
  return {
    median: median(ours.map((x, i) => x / theirs[i]!)),
    best: Math.max(...ours) / Math.max(...theirs),
  }
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US').padStart(11)
const times = (x: number) => `${x.toFixed(1)}×`.padStart(7)
let worstPre = Number.POSITIVE_INFINITY
let worstCompile = Number.POSITIVE_INFINITY
let worstBestPre = Number.POSITIVE_INFINITY
let worstBestCompile = Number.POSITIVE_INFINITY
console.log(
  `node ${process.version}; bodies: record ${recordBody.length} bytes, list ${listBody.length} bytes; renders per CPU-second (higher is better)`,
)
console.log(
  'rates are medians of 15 interleaved 100 ms slices; "ratio" is the median of the per-round ratios, "best" the ratio of the best slices\n',
)
console.log(
  `${'template'.padEnd(18)}${'ours pre'.padStart(11)}${'vjs pre'.padStart(11)}${'ratio'.padStart(7)}${'best'.padStart(7)}${'ours c+r'.padStart(11)}${'vjs c+r'.padStart(11)}${'ratio'.padStart(7)}${'best'.padStart(7)}`,
)
for (const [name, { body, source }] of Object.entries(TEMPLATES)) {
  const input = mappingInput(body)
  const ours = compileMappingTemplate(source)
  const theirs = new Compile(parse(source))
  // sanity: both engines produce the same text (modulo whitespace rules and number printing)
  const a = ours.render(input).output.replace(/\s+/g, '')
  const b = theirs.render(velocityjsContext(body)).replace(/\s+/g, '')
  if (name !== 'identity' && a.replace(/\\\//g, '/') !== b.replace(/\\\//g, '/')) {
    console.warn(
      `  note: outputs differ for ${name}:\n    ours: ${a.slice(0, 120)}\n    vjs:  ${b.slice(0, 120)}`,
    )
  }
  const [oursPre, vjsPre, oursCr, vjsCr] = measure([
    () => ours.render(input),
    () => theirs.render(velocityjsContext(body)),
    () => compileMappingTemplate(source).render(input),
    () => new Compile(parse(source)).render(velocityjsContext(body)),
  ]) as [number[], number[], number[], number[]]
  const pre = compare(oursPre, vjsPre)
  const cr = compare(oursCr, vjsCr)
  if (name !== 'engine-only') {
    worstPre = Math.min(worstPre, pre.median)
    worstCompile = Math.min(worstCompile, cr.median)
    worstBestPre = Math.min(worstBestPre, pre.best)
    worstBestCompile = Math.min(worstBestCompile, cr.best)
  }
  console.log(
    `${name.padEnd(18)}${fmt(median(oursPre))}${fmt(median(vjsPre))}${times(pre.median)}${times(pre.best)}${fmt(median(oursCr))}${fmt(median(vjsCr))}${times(cr.median)}${times(cr.best)}`,
  )
}
console.log(
  `\nworst ratio of the four AWS-style templates: pre-compiled ${worstPre.toFixed(1)}× (best slices ${worstBestPre.toFixed(1)}×; goal ≥ 3×), compile+render ${worstCompile.toFixed(1)}× (best slices ${worstBestCompile.toFixed(1)}×; goal ≥ 2×)`,
)
