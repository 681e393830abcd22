import type { ReceivedResponse } from '../../../state/consoleStore'
import { CopyButton } from '../CopyButton'
import { crossOriginReadableHeaders } from './corsExposure'
import styles from './HeadersPanel.module.css'

/**
 * The response headers as the emulator sent them (AWS's casing and order). Headers a browser
 * script on another origin could not read (CORS lets it see only the safelisted ones and those
 * in Access-Control-Expose-Headers) are marked, so "there in the console, undefined in my app"
 * is visible before it happens.
 */
export function HeadersPanel({ response }: { response: ReceivedResponse }) {
  const readable = crossOriginReadableHeaders(response.headers)
  const hidden = response.headers.filter(([n]) => !readable.has(n.toLowerCase())).length
  return (
    <div className={styles.panel}>
      <div className={styles.toolbar}>
        <span className={styles.note}>
          {response.headers.length} headers
          {hidden > 0
            ? ` · ${hidden} not readable by a browser script on another origin (not CORS-safelisted, not in Access-Control-Expose-Headers)`
            : ''}
        </span>
        <CopyButton text={response.headers.map(([n, v]) => `${n}: ${v}`).join('\n')} label="Copy headers" />
      </div>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {response.headers.map(([name, value], i) => {
            const isHidden = !readable.has(name.toLowerCase())
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat; their order is their identity
              <tr key={`${i}-${name}`} data-hidden={isHidden || undefined}>
                <th scope="row">
                  {name}
                  {isHidden && (
                    <span
                      className={styles.tag}
                      title="A browser script on another origin cannot read this header: list it in Access-Control-Expose-Headers"
                    >
                      hidden by CORS
                    </span>
                  )}
                </th>
                <td>{value}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
