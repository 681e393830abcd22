import { describe, expect, it } from 'vitest'
import type { HistoryEntry } from '../../../state/consoleStore'
import { choosePreviewSample } from './choosePreviewSample'
import type { SampleRequest } from './previewInput'

const sample = (body: string): SampleRequest => ({
  body,
  path: {},
  querystring: {},
  header: {},
  stageVariables: {},
  context: {},
})

const entry = (id: string): HistoryEntry => ({
  id,
  at: 0,
  source: 'console',
  request: {
    method: 'GET',
    url: 'https://a.execute-api.us-east-1.amazonaws.com/dev/',
    headers: [],
    body: id,
  },
})

const base = {
  generated: () => sample('generated'),
  fromHistory: (e: HistoryEntry) => ({ sample: sample(`from ${e.id}`), notes: [`note ${e.id}`] }),
}

describe('choosePreviewSample', () => {
  it('uses the last request when there is one and nothing was chosen, else the generated sample', () => {
    const last = entry('r1')
    expect(choosePreviewSample({ ...base, choice: undefined, edited: undefined, last })).toEqual({
      sample: sample('from r1'),
      source: 'lastRequest',
      edited: false,
      entry: last,
      notes: ['note r1'],
    })
    expect(choosePreviewSample({ ...base, choice: undefined, edited: undefined, last: undefined })).toEqual({
      sample: sample('generated'),
      source: 'generated',
      edited: false,
      notes: [],
    })
  })

  it('follows the choice; choosing the last request without one falls back to the generated sample', () => {
    const last = entry('r1')
    expect(choosePreviewSample({ ...base, choice: 'generated', edited: undefined, last }).source).toBe(
      'generated',
    )
    expect(
      choosePreviewSample({ ...base, choice: 'lastRequest', edited: undefined, last: undefined }).source,
    ).toBe('generated')
  })

  it('keeps edits made to the same source (for a request: the same history entry)', () => {
    const last = entry('r2')
    const editedR2 = { sample: sample('edited r2'), source: 'lastRequest' as const, entryId: 'r2' }
    expect(choosePreviewSample({ ...base, choice: undefined, edited: editedR2, last })).toMatchObject({
      sample: sample('edited r2'),
      edited: true,
      notes: ['note r2'],
    })
    // A newer request replaces edits made to an older one.
    const editedR1 = { ...editedR2, entryId: 'r1', sample: sample('edited r1') }
    expect(choosePreviewSample({ ...base, choice: undefined, edited: editedR1, last })).toMatchObject({
      sample: sample('from r2'),
      edited: false,
    })
    const editedGenerated = { sample: sample('edited generated'), source: 'generated' as const }
    expect(
      choosePreviewSample({ ...base, choice: 'generated', edited: editedGenerated, last }),
    ).toMatchObject({
      sample: sample('edited generated'),
      source: 'generated',
      edited: true,
    })
    // Edits of the generated sample do not stand in for a chosen request.
    expect(
      choosePreviewSample({ ...base, choice: 'lastRequest', edited: editedGenerated, last }).sample,
    ).toEqual(sample('from r2'))
  })
})
