import { useMemo, useState } from 'react'
import { LazyCodeEditor } from '../monaco/LazyCodeEditor'
import type { SampleRequest } from '../preview/previewInput'
import styles from './Dock.module.css'

type Tab = 'body' | 'parameters' | 'stageVariables' | 'context'

function parseObject(text: string): { value?: Record<string, unknown>; error?: string } {
  try {
    const v = JSON.parse(text) as unknown
    if (!v || typeof v !== 'object' || Array.isArray(v)) return { error: 'Enter a JSON object.' }
    return { value: v as Record<string, unknown> }
  } catch (e) {
    return { error: (e as Error).message }
  }
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out[k] = String(x)
  return out
}

/** The sample request the preview renders against: body, parameters, stage variables, context. */
export function SamplePanel({
  sample,
  onChange,
  bodyLabel,
  pathKey,
  version,
}: {
  sample: SampleRequest
  onChange(sample: SampleRequest): void
  bodyLabel: string
  /** Unique per template, so each sample document keeps its own editor state. */
  pathKey: string
  /** Changes when the sample is replaced from outside (Reset, another input): the editors then reload it. */
  version: number | string
}) {
  const [tab, setTab] = useState<Tab>('body')
  const [error, setError] = useState<string | undefined>(undefined)
  const tabs: { id: Tab; label: string }[] = [
    { id: 'body', label: bodyLabel },
    { id: 'parameters', label: 'Parameters' },
    { id: 'stageVariables', label: 'Stage vars' },
    { id: 'context', label: 'Context' },
  ]
  const jsonOf = (t: Tab) =>
    t === 'parameters'
      ? JSON.stringify({ path: sample.path, querystring: sample.querystring, header: sample.header }, null, 2)
      : t === 'stageVariables'
        ? JSON.stringify(sample.stageVariables, null, 2)
        : JSON.stringify(sample.context, null, 2)
  // The documents the editors load: taken from the sample when a tab opens or the sample is
  // reset, not on every keystroke (the editors keep their own text while the user types).
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload only on tab switch or reset
  const doc = useMemo(() => (tab === 'body' ? sample.body : jsonOf(tab)), [tab, version])
  const onJson = (t: Tab, text: string) => {
    const parsed = parseObject(text)
    setError(parsed.error)
    if (!parsed.value) return
    const v = parsed.value
    if (t === 'parameters')
      onChange({
        ...sample,
        path: stringMap(v.path),
        querystring: stringMap(v.querystring),
        header: stringMap(v.header),
      })
    else if (t === 'stageVariables') onChange({ ...sample, stageVariables: stringMap(v) })
    else onChange({ ...sample, context: v })
  }
  return (
    <>
      <div className={styles.tabs} role="tablist" aria-label="Sample request">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            className={styles.tab}
            onClick={() => {
              setTab(t.id)
              setError(undefined)
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className={styles.editor} role="tabpanel" aria-label={tabs.find((t) => t.id === tab)?.label}>
        {tab === 'body' ? (
          <LazyCodeEditor
            key={`${pathKey}-body-${version}`}
            path={`sample/${pathKey}/body.json`}
            language="json"
            value={doc}
            ariaLabel={`Sample ${bodyLabel.toLowerCase()}`}
            onChange={(body) => onChange({ ...sample, body })}
            compact
          />
        ) : (
          <LazyCodeEditor
            key={`${pathKey}-${tab}-${version}`}
            path={`sample/${pathKey}/${tab}.json`}
            language="json"
            value={doc}
            ariaLabel={`Sample ${tab}`}
            onChange={(text) => onJson(tab, text)}
            compact
          />
        )}
      </div>
      {error && (
        <div className={`${styles.status} ${styles.bad}`} role="alert">
          {error}
        </div>
      )}
    </>
  )
}
