import {
  applyNodeChanges,
  Background,
  BackgroundVariant,
  Controls,
  type Edge,
  MiniMap,
  type NodeChange,
  type NodeMouseHandler,
  type OnNodeDrag,
  Panel,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react'
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { HttpMethod, RestApi } from '../../../core/model/rest/RestApi'
import { selectionStore, useSelection } from '../../../state/selectionStore'
import { useProject } from '../../../state/useProjectStore'
import { integrationKind } from '../integrationKind'
import { layoutResourceGraph, RESOURCE_NODE_HEIGHT, RESOURCE_NODE_WIDTH } from '../layout/layoutResourceGraph'
import { integrationKindsClass } from '../MethodBadge'
import type { ResourceProblems } from '../problems/useResourceProblems'
import { ancestorsOf, sortMethods, visibleResourceIds } from '../tree/indexResourceTree'
import { useResourceTree } from '../useResourceTree'
import { CanvasToolbar } from './CanvasToolbar'
import { type DropTarget, dropTargetFor } from './dropTarget'
import styles from './ResourceCanvas.module.css'
import { ResourceContextMenu } from './ResourceContextMenu'
import { type ResourceFlowNode, ResourceNode } from './ResourceNode'
import { useCanvasKeyboard } from './useCanvasKeyboard'

const nodeTypes = { resource: ResourceNode }

export interface ResourceCanvasProps {
  api: RestApi
  problems: ResourceProblems
  onMove(resourceId: string, newParentId: string): void
}

/** Above this many visible resources the canvas renders only what is on screen. */
const VIRTUALIZE_ABOVE = 300
/**
 * The minimap draws every visible node; above this many it would cost more to draw than it
 * helps (the search box and folding find a path faster in a tree that big).
 */
const MINIMAP_MAX_NODES = 600

/** The selected API's resource tree as a graph: folding, search, minimap, context menu, keyboard. */
export function ResourceCanvas({ api, problems, onMove }: ResourceCanvasProps) {
  const { index, collapsed, defaults } = useResourceTree(api)
  const project = useProject()
  const selectedId = useSelection((s) => s.resourceId)
  const selectedMethod = useSelection((s) => s.httpMethod)
  const flow = useReactFlow<ResourceFlowNode>()
  const [menu, setMenu] = useState<{ resourceId: string; x: number; y: number } | null>(null)
  const wrapperRef = useRef<HTMLDivElement>(null)

  const visible = useMemo(() => visibleResourceIds(index, collapsed), [index, collapsed])
  const structureKey = useMemo(
    () => visible.map((id) => `${id}:${index.entries.get(id)?.parentId ?? ''}`).join(','),
    [visible, index],
  )
  // Layout depends only on which resources are visible and how they nest, not on methods.
  // biome-ignore lint/correctness/useExhaustiveDependencies: structureKey stands for visible + parents
  const layout = useMemo(() => layoutResourceGraph(index, visible), [structureKey])

  const onToggle = useCallback(
    (resourceId: string) => selectionStore.getState().toggleCollapsed(api.id, resourceId, defaults),
    [api.id, defaults],
  )
  const onSelectMethod = useCallback((resourceId: string, method: HttpMethod, openFlow: boolean) => {
    selectionStore.getState().selectMethod(resourceId, method, openFlow)
  }, [])
  const onContextMenu = useCallback((resourceId: string, x: number, y: number) => {
    selectionStore.getState().selectResource(resourceId)
    setMenu({ resourceId, x, y })
  }, [])

  const builtNodes = useMemo<ResourceFlowNode[]>(
    () =>
      layout.nodes.map((n) => {
        const entry = index.entries.get(n.id)!
        const r = entry.resource
        const methods = sortMethods(Object.keys(r.methods) as HttpMethod[]).map((m) => ({
          method: m,
          kind: integrationKind(r.methods[m]!),
        }))
        const isSelected = n.id === selectedId
        return {
          id: n.id,
          type: 'resource',
          position: { x: n.x, y: n.y },
          width: RESOURCE_NODE_WIDTH,
          height: RESOURCE_NODE_HEIGHT,
          selected: isSelected,
          data: {
            resourceId: n.id,
            path: entry.path,
            pathPart: r.pathPart,
            methods,
            childCount: entry.childIds.length,
            descendantCount: entry.descendantCount,
            collapsed: collapsed.has(n.id),
            ...(isSelected && selectedMethod ? { selectedMethod } : {}),
            problems: problems.get(n.id) ?? [],
            onToggle,
            onSelectMethod,
            onContextMenu,
          },
        }
      }),
    [layout, index, collapsed, selectedId, selectedMethod, problems, onToggle, onSelectMethod, onContextMenu],
  )
  const edges = useMemo<Edge[]>(
    () => layout.edges.map((e) => ({ ...e, type: 'smoothstep', className: styles.edge ?? '' })),
    [layout],
  )

  // Nodes are derived from the layout; a drag only moves them until it ends (then the tree decides).
  const [dragged, setDragged] = useState<ResourceFlowNode[] | null>(null)
  // The resource under the pointer while dragging: highlighted as a drop target, red with AWS's
  // reason when the move would be refused.
  const [drop, setDrop] = useState<DropTarget | undefined>(undefined)
  const moving = dragged ?? builtNodes
  const nodes = useMemo(
    () =>
      drop
        ? moving.map((n) =>
            n.id === drop.id
              ? {
                  ...n,
                  data: { ...n.data, drop: drop.problem === undefined ? {} : { problem: drop.problem } },
                }
              : n,
          )
        : moving,
    [moving, drop],
  )
  const onNodesChange = useCallback(
    (changes: NodeChange<ResourceFlowNode>[]) => {
      if (changes.some((c) => c.type === 'position' && c.dragging)) {
        setDragged((current) => applyNodeChanges(changes, current ?? builtNodes))
      }
    },
    [builtNodes],
  )
  /** The resource under the pointer (not the dragged one), as a drop target. */
  const targetAt = (event: MouseEvent | TouchEvent, node: ResourceFlowNode): DropTarget | undefined => {
    const point = 'clientX' in event ? event : event.changedTouches[0]
    if (!point) return undefined
    const at = flow.screenToFlowPosition({ x: point.clientX, y: point.clientY })
    const under = flow
      .getIntersectingNodes({ x: at.x, y: at.y, width: 1, height: 1 })
      .find((n) => n.id !== node.id)
    return under ? dropTargetFor(project, api.id, node.id, under.id) : undefined
  }
  const onNodeDrag: OnNodeDrag<ResourceFlowNode> = (event, node) => {
    const next = targetAt(event, node)
    if (next?.id !== drop?.id || next?.problem !== drop?.problem) setDrop(next)
  }
  const onNodeDragStop: OnNodeDrag<ResourceFlowNode> = (event, node) => {
    const target = targetAt(event, node)
    setDragged(null)
    setDrop(undefined)
    // A refused move is still dispatched: the command's error (AWS's words) shows in the banner.
    if (target) onMove(node.id, target.id)
  }

  const onNodeClick: NodeMouseHandler<ResourceFlowNode> = (_e, node) => {
    setMenu(null)
    if (selectionStore.getState().resourceId !== node.id || selectionStore.getState().httpMethod) {
      selectionStore.getState().selectResource(node.id)
    }
  }

  // Keep the selected resource visible: unfold its ancestors and bring it into view.
  const revealRef = useRef<string | null>(null)
  const reveal = useCallback(
    (resourceId: string) => {
      const hidden = ancestorsOf(index, resourceId).filter((a) => collapsed.has(a))
      if (hidden.length > 0) {
        selectionStore.getState().setCollapsed(
          api.id,
          [...collapsed].filter((c) => !hidden.includes(c)),
        )
      }
      revealRef.current = resourceId
      selectionStore.getState().selectResource(resourceId)
    },
    [index, collapsed, api.id],
  )
  useEffect(() => {
    const id = revealRef.current
    if (!id) return
    const n = layout.nodes.find((x) => x.id === id)
    if (!n) return
    revealRef.current = null
    flow.setCenter(n.x + RESOURCE_NODE_WIDTH / 2, n.y + RESOURCE_NODE_HEIGHT / 2, {
      zoom: Math.max(flow.getZoom(), 0.9),
      duration: 300,
    })
  }, [layout, flow])

  const onKeyDown = useCanvasKeyboard({
    api,
    index,
    collapsed,
    defaults,
    reveal,
    openMenu: (resourceId) => {
      const el = wrapperRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(resourceId)}"]`)
      const rect = el?.getBoundingClientRect()
      setMenu({ resourceId, x: rect ? rect.left + 24 : 200, y: rect ? rect.bottom : 200 })
    },
  })

  // While the whole tree fits at a readable zoom, keep all of it in view as it grows or shrinks.
  const fitsRef = useRef(true)
  // biome-ignore lint/correctness/useExhaustiveDependencies: refit only when the tree's shape changes
  useEffect(() => {
    const el = wrapperRef.current
    if (!el) return
    const fits = layout.width * 0.65 <= el.clientWidth && layout.height * 0.65 <= el.clientHeight - 60
    fitsRef.current = fits
    if (fits) requestAnimationFrame(() => flow.fitView({ padding: 0.15, maxZoom: 1, duration: 200 }))
  }, [structureKey])

  // A resource selected elsewhere (created, picked in the list) is brought into view if it is off screen.
  useEffect(() => {
    if (!selectedId) return
    const n = layout.nodes.find((x) => x.id === selectedId)
    const el = wrapperRef.current
    if (!n || !el) return
    const { x, y, zoom } = flow.getViewport()
    const left = n.x * zoom + x
    const top = n.y * zoom + y
    const margin = 40
    const outside =
      left < margin ||
      top < margin + 40 ||
      left + RESOURCE_NODE_WIDTH * zoom > el.clientWidth - margin ||
      top + RESOURCE_NODE_HEIGHT * zoom > el.clientHeight - margin
    if (outside) {
      flow.setCenter(n.x + RESOURCE_NODE_WIDTH / 2, n.y + RESOURCE_NODE_HEIGHT / 2, { zoom, duration: 250 })
    }
  }, [selectedId, layout, flow])

  const fitOnFirstLayout = useRef(api.id)
  useEffect(() => {
    if (fitOnFirstLayout.current !== api.id) {
      fitOnFirstLayout.current = api.id
      requestAnimationFrame(() => flow.fitView({ padding: 0.1, maxZoom: 1 }))
    }
  }, [api.id, flow])

  return (
    <div
      ref={wrapperRef}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas is a focusable application region with its own keyboard
      tabIndex={0}
      role="application"
      aria-label={`Resource canvas of ${api.name}. Arrows move between resources, Enter opens a method flow, N creates a resource, M a method, F2 renames, Delete deletes, Shift+F10 opens the menu.`}
      className={`${styles.canvas} ${integrationKindsClass}`}
      onKeyDown={(e: KeyboardEvent<HTMLDivElement>) => onKeyDown(e, () => setMenu(null))}
      data-testid="resource-canvas"
      data-visible-count={visible.length}
      data-resource-count={index.entries.size}
    >
      <ReactFlow<ResourceFlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeClick={onNodeClick}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onPaneClick={() => setMenu(null)}
        onMoveStart={() => setMenu(null)}
        nodesConnectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        disableKeyboardA11y
        onlyRenderVisibleElements={visible.length > VIRTUALIZE_ABOVE}
        fitView
        fitViewOptions={{ padding: 0.1, maxZoom: 1 }}
        minZoom={0.05}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
        aria-label={`Resource tree of ${api.name}`}
      >
        <Background variant={BackgroundVariant.Dots} gap={18} size={1} className={styles.background ?? ''} />
        <Controls showInteractive={false} position="bottom-left" />
        {visible.length <= MINIMAP_MAX_NODES && (
          <MiniMap
            pannable
            zoomable
            position="bottom-right"
            className={styles.minimap}
            nodeBorderRadius={4}
            ariaLabel="Minimap of the resource tree"
          />
        )}
        <Panel position="top-left">
          <CanvasToolbar
            api={api}
            index={index}
            onJump={reveal}
            onExpandAll={() => selectionStore.getState().setCollapsed(api.id, [])}
            onCollapseAll={() =>
              selectionStore.getState().setCollapsed(
                api.id,
                index.entries
                  .get(index.rootId)!
                  .childIds.filter((id) => index.entries.get(id)!.childIds.length > 0),
              )
            }
            visibleCount={visible.length}
          />
        </Panel>
      </ReactFlow>
      {menu && (
        <ResourceContextMenu
          api={api}
          resourceId={menu.resourceId}
          x={menu.x}
          y={menu.y}
          onClose={() => {
            setMenu(null)
            wrapperRef.current?.querySelector<HTMLElement>('.react-flow__renderer')?.focus()
          }}
        />
      )}
    </div>
  )
}
