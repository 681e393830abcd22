import { describe, expect, it } from 'vitest'
import { followLive } from './followLive'
import { compileJsonPath } from './jsonPath'

const steps = (path: string) => compileJsonPath(path).steps

describe('followLive: the rest of a definite path through values the template holds', () => {
  const live = new Map<string, unknown>([
    ['a', [10, new Map([['b', 'x']])]],
    ['n', null],
  ])
  it('follows properties and indexes (negative from the end)', () => {
    expect(followLive(live, steps('$.a[1].b'), 0)).toEqual({ value: 'x' })
    expect(followLive(live, steps('$.a[-2]'), 0)).toEqual({ value: 10 })
    expect(followLive(live, steps('$.n'), 0)).toEqual({ value: null })
    // from a later step: the value is already where the first steps led
    expect(followLive(live.get('a'), steps('$.a[0]'), 1)).toEqual({ value: 10 })
  })
  it('is null when a step does not match', () => {
    expect(followLive(live, steps('$.zz'), 0)).toBeNull()
    expect(followLive(live, steps('$.a[5]'), 0)).toBeNull()
    expect(followLive(live, steps('$.a.b'), 0)).toBeNull()
    expect(followLive(live, steps('$.n.b'), 0)).toBeNull()
  })
})
