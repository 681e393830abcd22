import styles from './PathParametersTable.module.css'
import { pathParameters } from './pathParameters'

/**
 * The resource's path parameters, read-only as in AWS's console: they come from the path's
 * `{name}` segments and are always required (rename the resource to change them).
 */
export function PathParametersTable({ path }: { path: string }) {
  const names = pathParameters(path)
  if (names.length === 0)
    return <p className={styles.empty}>No path parameters: the path has no {'{name}'} segment.</p>
  return (
    <table className={styles.table} aria-label="Request path parameters">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Mapped from</th>
          <th scope="col">Required</th>
        </tr>
      </thead>
      <tbody>
        {names.map((n) => (
          <tr key={n}>
            <td>{n.slice('method.request.path.'.length)}</td>
            <td className={styles.mono}>{n}</td>
            <td>Yes</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
