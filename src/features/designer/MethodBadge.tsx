import type { HttpMethod } from '../../core/model/rest/RestApi'
import { INTEGRATION_KIND_LABELS, type IntegrationKind } from './integrationKind'
import styles from './MethodBadge.module.css'

/** The CSS class that defines the integration colours; put it on an ancestor of every badge. */
export const integrationKindsClass = styles.kinds

export function kindClass(kind: IntegrationKind): string {
  return `${styles[kind] ?? ''} ${kind === 'none' ? styles.none : ''}`
}

export interface MethodBadgeProps {
  method: HttpMethod
  kind: IntegrationKind
  selected?: boolean
  onClick?: (event: React.MouseEvent) => void
  onDoubleClick?: (event: React.MouseEvent) => void
  /** Accessible name context, e.g. the resource path. */
  path?: string
  tabIndex?: number
}

/** An HTTP method chip coloured by its integration type (legend: `IntegrationLegend`). */
export function MethodBadge({
  method,
  kind,
  selected,
  onClick,
  onDoubleClick,
  path,
  tabIndex,
}: MethodBadgeProps) {
  const className = `${styles.badge} ${kindClass(kind)} ${selected ? styles.selected : ''}`
  const title = `${method}${path ? ` ${path}` : ''} · ${INTEGRATION_KIND_LABELS[kind]}`
  if (!onClick) {
    return (
      <span className={className} title={title}>
        {method}
      </span>
    )
  }
  return (
    <button
      type="button"
      className={`${className} nodrag`}
      title={`${title} (double-click for its flow)`}
      aria-label={title}
      aria-pressed={selected}
      tabIndex={tabIndex}
      onClick={onClick}
      onDoubleClick={onDoubleClick}
    >
      {method}
    </button>
  )
}

/** A swatch per integration kind with its AWS name. */
export function IntegrationSwatch({ kind }: { kind: IntegrationKind }) {
  return <span className={`${styles.swatch} ${kindClass(kind)}`} aria-hidden />
}
