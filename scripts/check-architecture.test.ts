import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM script without type declarations
import { checkFile } from './check-architecture.mjs'

const src = resolve(import.meta.dirname, '..', 'src')
const at = (p: string) => join(src, p)

describe('check-architecture', () => {
  it('rejects core importing state', () => {
    expect(checkFile(at('core/model/x.ts'), "import { a } from '../../state/store'")).toEqual([
      'src/core may not import src/state (../../state/store)',
    ])
  })
  it('allows features to import state and core', () => {
    expect(
      checkFile(
        at('features/a/B.tsx'),
        "import { s } from '../../state/s'\nimport { c } from '../../core/model/c'",
      ),
    ).toEqual([])
  })
  it('rejects vtl importing gateway', () => {
    expect(checkFile(at('core/vtl/x.ts'), "import { g } from '../gateway/g'")[0]).toMatch(
      /knows nothing of API Gateway/,
    )
  })
  it('flags Math.random and Date.now in core but not in comments or adapters', () => {
    expect(
      checkFile(at('core/gateway/x.ts'), 'const r = Math.random()\n// Date.now() in a comment'),
    ).toHaveLength(1)
    expect(checkFile(at('adapters/clock.ts'), 'const t = Date.now()')).toEqual([])
  })
})
