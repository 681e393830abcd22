import { type ButtonHTMLAttributes, forwardRef, type ReactNode } from 'react'
import styles from './Button.module.css'
import { Icon, type IconName } from './Icon'

export type ButtonVariant = 'secondary' | 'primary' | 'danger' | 'ghost' | 'header'

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant
  size?: 'md' | 'sm'
  icon?: IconName
  /** Icon-only button: `children` are dropped and `label` becomes the accessible name and tooltip. */
  label?: string
  /** Keyboard shortcut shown in the tooltip, e.g. "Ctrl+Z". */
  shortcut?: string
  children?: ReactNode
}

/** The one button of the studio. Icon-only buttons must have a `label`. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  {
    variant = 'secondary',
    size = 'md',
    icon,
    label,
    shortcut,
    className,
    children,
    type = 'button',
    ...rest
  },
  ref,
) {
  const iconOnly = label !== undefined && children === undefined
  const classes = [
    styles.button,
    variant !== 'secondary' && styles[variant],
    size === 'sm' && styles.sm,
    iconOnly && styles.iconOnly,
    className,
  ]
    .filter(Boolean)
    .join(' ')
  const text = label ?? (typeof children === 'string' ? children : undefined)
  const tooltip = iconOnly ? label : shortcut && text ? text : undefined
  return (
    <button
      ref={ref}
      type={type}
      className={classes}
      aria-label={iconOnly ? label : undefined}
      title={tooltip !== undefined ? (shortcut ? `${tooltip} (${shortcut})` : tooltip) : undefined}
      aria-keyshortcuts={shortcut?.replace(/Ctrl/g, 'Control')}
      {...rest}
    >
      {icon && <Icon name={icon} size={size === 'sm' ? 14 : 16} />}
      {!iconOnly && children}
    </button>
  )
})
