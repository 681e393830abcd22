import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react'
import styles from './ResizeHandle.module.css'

export interface ResizeHandleProps {
  /** `vertical` sits between side-by-side panes (drags left/right); `horizontal` between stacked ones. */
  orientation: 'vertical' | 'horizontal'
  /** The pane's current size in px, and its limits. */
  value: number
  min: number
  max: number
  /** +1 when dragging right/down grows the pane, -1 when it shrinks it. */
  direction: 1 | -1
  onChange: (size: number) => void
  /** Accessible name, e.g. "Resize explorer". */
  label: string
  /** The id of the pane this handle resizes. */
  controls: string
}

const STEP = 16
const BIG_STEP = 64

/**
 * A splitter (WAI-ARIA `separator`): drag with the pointer, or focus it and use the arrow keys
 * (Shift for bigger steps), Home/End for the limits.
 */
export function ResizeHandle({
  orientation,
  value,
  min,
  max,
  direction,
  onChange,
  label,
  controls,
}: ResizeHandleProps) {
  const start = useRef<{ pointer: number; size: number } | null>(null)
  const [dragging, setDragging] = useState(false)
  const clamp = (n: number) => Math.round(Math.min(max, Math.max(min, n)))
  const axis = (e: PointerEvent) => (orientation === 'vertical' ? e.clientX : e.clientY)

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return
    e.preventDefault()
    e.currentTarget.setPointerCapture(e.pointerId)
    start.current = { pointer: axis(e), size: value }
    setDragging(true)
  }
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return
    onChange(clamp(start.current.size + direction * (axis(e) - start.current.pointer)))
  }
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    start.current = null
    setDragging(false)
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? BIG_STEP : STEP
    const grow = orientation === 'vertical' ? { ArrowRight: 1, ArrowLeft: -1 } : { ArrowDown: 1, ArrowUp: -1 }
    const sign = grow[e.key as keyof typeof grow]
    if (sign !== undefined) {
      e.preventDefault()
      onChange(clamp(value + sign * direction * step))
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault()
      onChange(e.key === 'Home' ? min : max)
    }
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: <hr> cannot be focused and dragged; a focusable separator is the ARIA splitter pattern
    <div
      role="separator"
      tabIndex={0}
      aria-orientation={orientation}
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      className={`${styles.handle} ${styles[orientation]} ${dragging ? styles.dragging : ''}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  )
}
