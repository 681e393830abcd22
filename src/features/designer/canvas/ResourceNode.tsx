import { Handle, type Node, type NodeProps, Position, useStore } from '@xyflow/react'
import { memo } from 'react'
import type { HttpMethod } from '../../../core/model/rest/RestApi'
import { Icon } from '../../../ui/Icon'
import type { IntegrationKind } from '../integrationKind'
import { kindClass, MethodBadge } from '../MethodBadge'
import styles from './ResourceNode.module.css'

export interface ResourceNodeData extends Record<string, unknown> {
  resourceId: string
  path: string
  pathPart: string
  methods: { method: HttpMethod; kind: IntegrationKind }[]
  /** Direct children (shown as a fold toggle) and everything below (shown when folded). */
  childCount: number
  descendantCount: number
  collapsed: boolean
  selectedMethod?: HttpMethod
  problems: { severity: 'error' | 'warning'; message: string }[]
  /** A resource is being dragged over this one: dropping moves it here, unless `problem` says why not. */
  drop?: { problem?: string }
  onToggle(resourceId: string): void
  onSelectMethod(resourceId: string, method: HttpMethod, openFlow: boolean): void
  onContextMenu(resourceId: string, x: number, y: number): void
}

export type ResourceFlowNode = Node<ResourceNodeData, 'resource'>

function label(data: ResourceNodeData): string {
  if (data.path === '/') return '/'
  return data.pathPart
}

/** Below this zoom the text is too small to read: nodes draw a simplified face (faster, too). */
const DETAIL_ZOOM = 0.45

/** A resource on the canvas: its path part, its full path, its methods and its problems. */
export const ResourceNode = memo(function ResourceNode(props: NodeProps<ResourceFlowNode>) {
  const far = useStore((s) => s.transform[2] < DETAIL_ZOOM)
  return far ? <FarResourceNode {...props} /> : <NearResourceNode {...props} />
})

/** The simplified face: the name in large type and one colour chip per method. */
function FarResourceNode({ data, selected }: NodeProps<ResourceFlowNode>) {
  return (
    <div
      className={`${styles.node} ${styles.far} ${selected ? styles.selected : ''} ${data.problems.length > 0 ? styles.farProblem : ''} ${dropClass(data)}`}
      data-path={data.path}
      data-testid="resource-node"
      {...dropAttributes(data)}
    >
      <DropLabel data={data} />
      <Handle type="target" position={Position.Left} className={styles.handle} isConnectable={false} />
      <span className={styles.farName}>{data.path === '/' ? '/' : data.pathPart}</span>
      <span className={styles.farMethods}>
        {data.methods.map((m) => (
          <span key={m.method} className={`${styles.farChip} ${kindClass(m.kind)}`} />
        ))}
      </span>
      <Handle type="source" position={Position.Right} className={styles.handle} isConnectable={false} />
    </div>
  )
}

function NearResourceNode({ data, selected }: NodeProps<ResourceFlowNode>) {
  const errors = data.problems.filter((p) => p.severity === 'error').length
  const warnings = data.problems.length - errors
  const isParam = data.pathPart.startsWith('{')
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the context menu is also on Shift+F10 and the Menu key (canvas keyboard)
    <div
      className={`${styles.node} ${selected ? styles.selected : ''} ${data.path === '/' ? styles.root : ''} ${dropClass(data)}`}
      data-path={data.path}
      data-testid="resource-node"
      {...dropAttributes(data)}
      onContextMenu={(e) => {
        e.preventDefault()
        data.onContextMenu(data.resourceId, e.clientX, e.clientY)
      }}
    >
      <DropLabel data={data} />
      <Handle type="target" position={Position.Left} className={styles.handle} isConnectable={false} />
      <div className={styles.header}>
        <span className={`${styles.name} ${isParam ? styles.param : ''}`} title={data.path}>
          {label(data)}
        </span>
        {data.problems.length > 0 && (
          <span
            className={`${styles.problem} ${errors > 0 ? styles.error : styles.warning}`}
            title={data.problems.map((p) => p.message).join('\n')}
            role="img"
            aria-label={`${data.problems.length} problem${data.problems.length === 1 ? '' : 's'}: ${data.problems.map((p) => p.message).join('; ')}`}
          >
            <Icon name="alert" size={12} />
            {errors + warnings}
          </span>
        )}
        {data.childCount > 0 && (
          <button
            type="button"
            className={`${styles.fold} nodrag`}
            aria-label={data.collapsed ? `Expand ${data.path}` : `Collapse ${data.path}`}
            aria-expanded={!data.collapsed}
            title={data.collapsed ? `Show ${data.descendantCount} resources below` : 'Collapse'}
            onClick={(e) => {
              e.stopPropagation()
              data.onToggle(data.resourceId)
            }}
          >
            {data.collapsed ? <span className={styles.hiddenCount}>+{data.descendantCount}</span> : null}
            <Icon name={data.collapsed ? 'chevronRight' : 'chevronDown'} size={12} />
          </button>
        )}
      </div>
      <div className={styles.path} title={data.path}>
        {data.path === '/' ? 'Root resource' : data.path}
      </div>
      <div className={styles.methods}>
        {data.methods.length === 0 ? (
          <span className={styles.noMethods}>No methods</span>
        ) : (
          data.methods.map((m) => (
            <MethodBadge
              key={m.method}
              method={m.method}
              kind={m.kind}
              path={data.path}
              selected={data.selectedMethod === m.method}
              tabIndex={-1}
              onClick={(e) => {
                e.stopPropagation()
                data.onSelectMethod(data.resourceId, m.method, false)
              }}
              onDoubleClick={(e) => {
                e.stopPropagation()
                data.onSelectMethod(data.resourceId, m.method, true)
              }}
            />
          ))
        )}
      </div>
      <Handle type="source" position={Position.Right} className={styles.handle} isConnectable={false} />
    </div>
  )
}

function dropClass(data: ResourceNodeData): string {
  if (!data.drop) return ''
  return data.drop.problem === undefined ? (styles.dropValid ?? '') : (styles.dropInvalid ?? '')
}

function dropAttributes(data: ResourceNodeData): { 'data-drop'?: 'valid' | 'invalid' } {
  if (!data.drop) return {}
  return { 'data-drop': data.drop.problem === undefined ? 'valid' : 'invalid' }
}

/** Over a drop target: what dropping does, or AWS's reason it cannot. */
function DropLabel({ data }: { data: ResourceNodeData }) {
  if (!data.drop) return null
  const problem = data.drop.problem
  return (
    <span
      className={`${styles.dropLabel} ${problem === undefined ? '' : styles.dropLabelInvalid}`}
      role="status"
      title={problem}
    >
      {problem === undefined ? `Move under ${data.path}` : problem}
    </span>
  )
}
