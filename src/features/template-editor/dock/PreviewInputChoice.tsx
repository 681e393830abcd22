import { useId } from 'react'
import field from '../../../ui/Field.module.css'
import type { PreviewSample } from '../preview/choosePreviewSample'
import type { SampleSource } from '../preview/sampleStore'
import styles from './PreviewInputChoice.module.css'

function time(at: number): string {
  return new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })
}

/**
 * Which input the template preview renders against — the console's last request to this method
 * or the generated sample — with a sentence that says which one is in use, and what of the
 * request it could not carry.
 */
export function PreviewInputChoice({
  methodLabel,
  chosen,
  hasLastRequest,
  forResponse,
  onChoose,
}: {
  methodLabel: string
  chosen: PreviewSample
  hasLastRequest: boolean
  forResponse: boolean
  onChoose(source: SampleSource): void
}) {
  const name = useId()
  const entry = chosen.entry
  const outcome = entry?.response ? `answered ${entry.response.status}` : 'no response'
  const sentence =
    chosen.source === 'lastRequest' && entry
      ? `${forResponse ? 'The integration response of the' : 'The'} console's last request to ${methodLabel}, sent ${time(entry.at)} (${outcome})${chosen.edited ? ', edited' : ''}.`
      : `A generated sample request${chosen.edited ? ', edited' : ''}.${hasLastRequest ? '' : ` Send a request to ${methodLabel} from the console to preview with it.`}`
  return (
    <div className={styles.choice}>
      <fieldset className={styles.options}>
        {/* The column header says "Preview input" already; the legend names the group for screen readers. */}
        <legend className={field.visuallyHidden}>Preview input</legend>
        <label className={styles.option}>
          <input
            type="radio"
            name={name}
            checked={chosen.source === 'generated'}
            onChange={() => onChoose('generated')}
          />
          <span>Generated sample</span>
        </label>
        <label
          className={styles.option}
          title={hasLastRequest ? undefined : `No request to ${methodLabel} in the console's history yet`}
        >
          <input
            type="radio"
            name={name}
            checked={chosen.source === 'lastRequest'}
            disabled={!hasLastRequest}
            onChange={() => onChoose('lastRequest')}
          />
          <span>Last request</span>
        </label>
      </fieldset>
      <p className={styles.sentence} data-testid="preview-input" aria-live="polite">
        <strong>Using:</strong> {sentence}
      </p>
      {chosen.notes.map((n) => (
        <p key={n} className={styles.note}>
          {n}
        </p>
      ))}
    </div>
  )
}
