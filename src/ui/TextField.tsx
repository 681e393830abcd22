import { forwardRef, type InputHTMLAttributes, useId } from 'react'
import field from './Field.module.css'
import { Icon } from './Icon'
import styles from './TextField.module.css'

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string
  /** A short help text under the label. */
  hint?: string
  /** The problem with the current value; marks the field invalid and is read out with it. */
  error?: string | null
  monospace?: boolean
}

/** A labelled text input with its hint and its validation message. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, hint, error, monospace = false, className, ...rest },
  ref,
) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ')
  return (
    <div className={`${field.field} ${className ?? ''}`}>
      <label htmlFor={id} className={field.label}>
        {label}
      </label>
      {hint && (
        <span id={hintId} className={field.hint}>
          {hint}
        </span>
      )}
      <input
        ref={ref}
        id={id}
        className={`${styles.input} ${monospace ? styles.mono : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        spellCheck={false}
        {...rest}
      />
      {error && (
        <span id={errorId} className={field.error}>
          <Icon name="error" size={14} />
          {error}
        </span>
      )}
    </div>
  )
})
