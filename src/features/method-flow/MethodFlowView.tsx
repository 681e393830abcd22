import {
  Background,
  BackgroundVariant,
  Controls,
  type Edge,
  MarkerType,
  type NodeMouseHandler,
  ReactFlow,
} from '@xyflow/react'
import { useMemo } from 'react'
import type { HttpMethod, RestApi } from '../../core/model/rest/RestApi'
import { type InspectorTarget, selectionStore, useSelection } from '../../state/selectionStore'
import { buildMethodFlow, type FlowNode } from './buildMethodFlow'
import { type FlowStepFlowNode, FlowStepNode } from './FlowStepNode'
import styles from './MethodFlowView.module.css'

const nodeTypes = { step: FlowStepNode }

function sameTarget(a: InspectorTarget, b: InspectorTarget | undefined): boolean {
  return b !== undefined && JSON.stringify(a) === JSON.stringify(b)
}

/** Which flow node a diagnostic's `field` belongs to. */
export function flowNodeForField(field: string | undefined): string | undefined {
  if (!field) return undefined
  if (field.startsWith('methodResponses.'))
    return `mr:${field.slice('methodResponses.'.length).split('.')[0]}`
  if (field.startsWith('integration.integrationResponses.'))
    return `ir:${field.slice('integration.integrationResponses.'.length).split('.')[0]}`
  if (field.startsWith('integration.requestTemplates') || field.startsWith('integration.requestParameters'))
    return 'integrationRequest'
  if (field.startsWith('integration')) return 'integration'
  return 'methodRequest'
}

export interface MethodFlowViewProps {
  api: RestApi
  resourceId: string
  httpMethod: HttpMethod
  /** Problems of this method, with the field they point at. */
  problems: { message: string; field?: string }[]
}

/** A method's path through API Gateway, every step clickable to edit it in the inspector. */
export function MethodFlowView({ api, resourceId, httpMethod, problems }: MethodFlowViewProps) {
  const method = api.resources[resourceId]?.methods[httpMethod]
  const target = useSelection((s) => s.target)
  const flow = useMemo(() => (method ? buildMethodFlow(api, method) : undefined), [api, method])

  const nodes = useMemo<FlowStepFlowNode[]>(() => {
    if (!flow) return []
    const byNode = new Map<string, string[]>()
    for (const p of problems) {
      const id = flowNodeForField(p.field)
      if (id) byNode.set(id, [...(byNode.get(id) ?? []), p.message])
    }
    return flow.nodes.map((step) => ({
      id: step.id,
      type: 'step',
      position: { x: step.x, y: step.y },
      draggable: false,
      selectable: !step.disabled,
      data: {
        step,
        active: step.target !== undefined && sameTarget(step.target, target),
        problems: byNode.get(step.id) ?? [],
      },
    }))
  }, [flow, target, problems])

  const edges = useMemo<Edge[]>(
    () =>
      (flow?.edges ?? []).map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        sourceHandle: `s-${e.sourceHandle}`,
        targetHandle: `t-${e.targetHandle}`,
        type: 'smoothstep',
        ...(e.label ? { label: e.label } : {}),
        labelBgPadding: [6, 3] as [number, number],
        labelBgBorderRadius: 4,
        className: `${styles.edge} ${e.dashed ? styles.dashed : ''}`,
        markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14 },
        focusable: false,
      })),
    [flow],
  )

  const onNodeClick: NodeMouseHandler<FlowStepFlowNode> = (_e, node) => {
    const step: FlowNode = node.data.step
    if (step.target && !step.disabled) selectionStore.getState().inspect(step.target)
  }

  if (!method) return null
  return (
    <div className={styles.flow} data-testid="method-flow">
      <ReactFlow<FlowStepFlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodeClick={onNodeClick}
        nodesConnectable={false}
        nodesDraggable={false}
        deleteKeyCode={null}
        fitView
        fitViewOptions={{ padding: 0.12, maxZoom: 1.1 }}
        minZoom={0.2}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
        aria-label={`Flow of ${httpMethod}`}
      >
        <Background variant={BackgroundVariant.Dots} gap={18} size={1} className={styles.background ?? ''} />
        <Controls showInteractive={false} position="bottom-left" />
      </ReactFlow>
      <FlowStepList steps={flow?.nodes ?? []} target={target} />
    </div>
  )
}

/** The same steps as buttons, for keyboard and screen-reader users (visually hidden until focused). */
function FlowStepList({ steps, target }: { steps: FlowNode[]; target: InspectorTarget }) {
  return (
    <nav className={styles.stepList} aria-label="Flow steps">
      {steps
        .filter((s) => s.target && !s.disabled)
        .map((s) => (
          <button
            key={s.id}
            type="button"
            aria-current={sameTarget(s.target!, target) ? 'step' : undefined}
            onClick={() => selectionStore.getState().inspect(s.target!)}
          >
            {s.title}
          </button>
        ))}
    </nav>
  )
}
