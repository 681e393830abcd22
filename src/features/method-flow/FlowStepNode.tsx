import { Handle, type Node, type NodeProps, Position } from '@xyflow/react'
import { memo } from 'react'
import type { FlowNode } from './buildMethodFlow'
import styles from './FlowStepNode.module.css'

export interface FlowStepData extends Record<string, unknown> {
  step: FlowNode
  active: boolean
  problems: string[]
}

export type FlowStepFlowNode = Node<FlowStepData, 'step'>

const sides = [
  ['left', Position.Left],
  ['right', Position.Right],
  ['top', Position.Top],
  ['bottom', Position.Bottom],
] as const

const KIND_CLASS: Record<string, string | undefined> = {
  MOCK: styles.mock,
  HTTP: styles.http,
  HTTP_PROXY: styles.httpProxy,
  AWS: styles.aws,
  AWS_PROXY: styles.lambdaProxy,
  NONE: styles.none,
}

/** One step of a method's path through API Gateway. */
export const FlowStepNode = memo(function FlowStepNode({ data }: NodeProps<FlowStepFlowNode>) {
  const { step, active, problems } = data
  const kindClass = step.integrationType ? (KIND_CLASS[step.integrationType] ?? '') : ''
  return (
    <div
      className={`${styles.node} ${styles[step.kind] ?? ''} ${kindClass} ${active ? styles.active : ''} ${
        step.disabled ? styles.disabled : ''
      } ${problems.length > 0 ? styles.hasProblems : ''}`}
      data-testid={`flow-${step.id}`}
      title={step.disabled?.reason}
    >
      {sides.map(([id, pos]) => (
        <Handle
          key={`t-${id}`}
          id={`t-${id}`}
          type="target"
          position={pos}
          className={styles.handle}
          isConnectable={false}
        />
      ))}
      {sides.map(([id, pos]) => (
        <Handle
          key={`s-${id}`}
          id={`s-${id}`}
          type="source"
          position={pos}
          className={styles.handle}
          isConnectable={false}
        />
      ))}
      <div className={styles.kicker}>{kicker(step)}</div>
      <div className={styles.title}>{step.title}</div>
      {step.lines.map((line) => (
        <div key={line} className={styles.line}>
          {line}
        </div>
      ))}
      {step.disabled && <div className={styles.reason}>{step.disabled.reason}</div>}
      {problems.length > 0 && (
        <div className={styles.problems} role="note">
          {problems.slice(0, 2).map((p) => (
            <div key={p}>⚠ {p}</div>
          ))}
          {problems.length > 2 && <div>and {problems.length - 2} more</div>}
        </div>
      )}
    </div>
  )
})

function kicker(step: FlowNode): string {
  switch (step.kind) {
    case 'client':
      return 'Caller'
    case 'methodRequest':
    case 'integrationRequest':
      return 'Request'
    case 'integration':
      return 'Integration'
    case 'integrationResponse':
    case 'methodResponse':
      return 'Response'
    case 'gatewayResponses':
      return 'Errors'
  }
}
