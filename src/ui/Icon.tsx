/** Stroke icons drawn on a 16×16 grid; they take the text colour. Decorative unless labelled. */
const paths = {
  undo: 'M5.5 3.5 2.5 6.5l3 3M2.5 6.5h7a4 4 0 0 1 0 8H7',
  redo: 'M10.5 3.5l3 3-3 3M13.5 6.5h-7a4 4 0 0 0 0 8H9',
  chevronDown: 'M4 6l4 4 4-4',
  chevronRight: 'M6 4l4 4-4 4',
  plus: 'M8 3v10M3 8h10',
  copy: 'M5.5 5.5V3.2c0-.4.3-.7.7-.7h6.6c.4 0 .7.3.7.7v6.6c0 .4-.3.7-.7.7h-2.3M3.2 5.5h6.6c.4 0 .7.3.7.7v6.6c0 .4-.3.7-.7.7H3.2a.7.7 0 0 1-.7-.7V6.2c0-.4.3-.7.7-.7Z',
  trash:
    'M2.5 4.5h11M6.5 4.5V3c0-.3.2-.5.5-.5h2c.3 0 .5.2.5.5v1.5M4 4.5l.7 8.4c0 .3.3.6.7.6h5.2c.4 0 .7-.3.7-.6l.7-8.4M6.8 7v4.5M9.2 7v4.5',
  download: 'M8 2.5v8M4.5 7 8 10.5 11.5 7M3 13.5h10',
  upload: 'M8 10.5v-8M4.5 6 8 2.5 11.5 6M3 13.5h10',
  pencil: 'M10.5 2.8l2.7 2.7-7.6 7.6-3.3.6.6-3.3 7.6-7.6ZM9 4.3l2.7 2.7',
  check: 'M3 8.5l3.2 3L13 4.5',
  close: 'M4 4l8 8M12 4l-8 8',
  alert: 'M8 2.2 14.2 13H1.8L8 2.2ZM8 6.5v3M8 11.3v.2',
  info: 'M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13ZM8 7.3v4M8 4.8v.2',
  error: 'M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13ZM5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4',
  cloud: 'M4.5 12.5a3 3 0 0 1-.4-6 4 4 0 0 1 7.7-.9 3.4 3.4 0 0 1-.3 6.9h-7Z',
  cloudOff:
    'M4.5 12.5a3 3 0 0 1-.4-6 4 4 0 0 1 1-1.9M7.4 3.6a4 4 0 0 1 4.4 2 3.4 3.4 0 0 1 1.6 5.7M2 2l12 12',
  folder: 'M2 4.2c0-.4.3-.7.7-.7h3.1l1.5 1.5h6c.4 0 .7.3.7.7v6.6c0 .4-.3.7-.7.7H2.7a.7.7 0 0 1-.7-.7V4.2Z',
  api: 'M2.5 4.5h4v3h-4zM9.5 8.5h4v3h-4zM2.5 10.5h4v3h-4zM4.5 7.5v3M6.5 6h1.5a1 1 0 0 1 1 1v3',
  panelLeft: 'M2.5 3.5h11v9h-11zM6 3.5v9',
  panelRight: 'M2.5 3.5h11v9h-11zM10 3.5v9',
  panelBottom: 'M2.5 3.5h11v9h-11zM2.5 9.5h11',
  keyboard: 'M1.5 4.5h13v7h-13zM4 7h.1M6.5 7h.1M9 7h.1M11.5 7h.1M5 9.5h6',
  more: 'M3.5 8h.1M8 8h.1M12.5 8h.1',
  settings:
    'M8 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM13 8.6V7.4l-1.5-.4-.4-1 .8-1.3-.9-.9-1.3.8-1-.4L8.6 3H7.4L7 4.5l-1 .4-1.3-.8-.9.9.8 1.3-.4 1L3 7.4v1.2l1.5.4.4 1-.8 1.3.9.9 1.3-.8 1 .4.4 1.5h1.2l.4-1.5 1-.4 1.3.8.9-.9-.8-1.3.4-1 1.5-.4Z',
  terminal: 'M2.5 3.5h11v9h-11zM5 6.5 7 8.2 5 10M8.5 10.5H11',
  file: 'M4 1.8h5l3.2 3.2v9.2H4V1.8ZM9 1.8V5h3.2',
  search: 'M7 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10ZM10.6 10.6l3.4 3.4',
  link: 'M6.8 9.2 9.2 6.8M7.6 4.6l1.1-1.1a2.6 2.6 0 0 1 3.8 3.8l-1.1 1.1M8.4 11.4l-1.1 1.1a2.6 2.6 0 0 1-3.8-3.8l1.1-1.1',
} as const

export type IconName = keyof typeof paths

export interface IconProps {
  name: IconName
  size?: number
  /** When given, the icon is announced with this text; otherwise it is hidden from assistive tech. */
  label?: string
  className?: string | undefined
}

export function Icon({ name, size = 16, label, className }: IconProps) {
  const common = {
    width: size,
    height: size,
    viewBox: '0 0 16 16',
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 1.4,
    strokeLinecap: 'round',
    strokeLinejoin: 'round',
    className,
  } as const
  if (label) {
    return (
      <svg role="img" {...common}>
        <title>{label}</title>
        <path d={paths[name]} />
      </svg>
    )
  }
  return (
    <svg aria-hidden="true" focusable="false" {...common}>
      <path d={paths[name]} />
    </svg>
  )
}
