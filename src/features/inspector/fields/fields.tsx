import { type ReactNode, useEffect, useId, useRef, useState } from 'react'
import field from '../../../ui/Field.module.css'
import { Icon } from '../../../ui/Icon'
import { TextField } from '../../../ui/TextField'
import { firstProblem, type Rule } from '../validation/fieldRules'
import styles from './fields.module.css'

/** Adapts a local state setter to a field's `onCommit`/`onChange` (no objection possible). */
export function keep<T>(setter: (value: T) => void): (value: T) => undefined {
  return (value: T) => {
    setter(value)
    return undefined
  }
}

/**
 * A text property of the model: keeps what the user types, checks it on every keystroke with
 * `rules` and then with `onCommit` (which applies the edit and returns AWS's objection, if any).
 * The model is only changed by valid values; an invalid draft stays visible with its message.
 */
export function TextProp({
  label,
  value,
  onCommit,
  rules = [],
  hint,
  placeholder,
  monospace = false,
  autoFocus = false,
  optional = false,
  commitOnBlur = false,
  name,
}: {
  label: string
  value: string
  onCommit(value: string): string | undefined
  rules?: (Rule | undefined)[]
  hint?: string
  placeholder?: string
  monospace?: boolean
  autoFocus?: boolean
  /** An empty value is allowed and means "unset". */
  optional?: boolean
  /** Only apply on blur/Enter (for values that must not change on every keystroke, like names used as keys). */
  commitOnBlur?: boolean
  name?: string
}) {
  const [draft, setDraft] = useState(value)
  const [error, setError] = useState<string | undefined>(undefined)
  const committed = useRef(value)
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value
      setDraft(value)
      setError(undefined)
    }
  }, [value])

  const check = (v: string): string | undefined =>
    optional && v === '' ? undefined : firstProblem(v, ...rules)
  const commit = (v: string) => {
    const problem = check(v)
    if (problem) return setError(problem)
    if (v === committed.current) return setError(undefined)
    const objection = onCommit(v)
    if (!objection) committed.current = v
    setError(objection)
  }
  return (
    <TextField
      label={label}
      value={draft}
      {...(hint ? { hint } : {})}
      {...(placeholder ? { placeholder } : {})}
      {...(name ? { name } : {})}
      error={error ?? null}
      monospace={monospace}
      autoFocus={autoFocus}
      onChange={(e) => {
        setDraft(e.target.value)
        if (commitOnBlur) setError(check(e.target.value))
        else commit(e.target.value)
      }}
      onBlur={() => {
        if (commitOnBlur) commit(draft)
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && commitOnBlur) commit(draft)
        if (e.key === 'Escape' && draft !== committed.current) {
          e.stopPropagation()
          setDraft(committed.current)
          setError(undefined)
        }
      }}
    />
  )
}

export function SelectProp<T extends string>({
  label,
  value,
  options,
  onChange,
  hint,
  error,
  name,
}: {
  label: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange(value: T): string | undefined
  hint?: string | undefined
  error?: string | undefined
  name?: string
}) {
  const id = useId()
  const [problem, setProblem] = useState<string | undefined>(undefined)
  const shown = problem ?? error
  return (
    <div className={field.field}>
      <label htmlFor={id} className={field.label}>
        {label}
      </label>
      {hint && <span className={field.hint}>{hint}</span>}
      <select
        id={id}
        name={name}
        className={field.select}
        value={value}
        aria-invalid={shown ? true : undefined}
        onChange={(e) => setProblem(onChange(e.target.value as T))}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {shown && <FieldError>{shown}</FieldError>}
    </div>
  )
}

export function CheckboxProp({
  label,
  checked,
  onChange,
  hint,
}: {
  label: string
  checked: boolean
  onChange(checked: boolean): string | undefined
  hint?: string
}) {
  const [problem, setProblem] = useState<string | undefined>(undefined)
  return (
    <div className={styles.checkField}>
      <label className={styles.check}>
        <input type="checkbox" checked={checked} onChange={(e) => setProblem(onChange(e.target.checked))} />
        <span>{label}</span>
      </label>
      {hint && <span className={field.hint}>{hint}</span>}
      {problem && <FieldError>{problem}</FieldError>}
    </div>
  )
}

export function FieldError({ children }: { children: ReactNode }) {
  return (
    <span className={field.error} role="alert">
      <Icon name="error" size={14} />
      {children}
    </span>
  )
}

/** A titled group of fields; `defaultOpen={false}` folds advanced settings (dot when changed). */
export function Section({
  title,
  children,
  actions,
  defaultOpen = true,
  changed = false,
  id,
}: {
  title: string
  children: ReactNode
  actions?: ReactNode
  defaultOpen?: boolean
  changed?: boolean
  id?: string
}) {
  const [open, setOpen] = useState(defaultOpen)
  const bodyId = useId()
  return (
    <section className={styles.section} id={id}>
      <div className={styles.sectionHeader}>
        <button
          type="button"
          className={styles.sectionToggle}
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((o) => !o)}
        >
          <Icon name={open ? 'chevronDown' : 'chevronRight'} size={12} />
          <h3 className={styles.sectionTitle} title={title}>
            {title}
          </h3>
          {changed && !open && <span className={styles.changedDot} title="Changed from the default" />}
        </button>
        {actions && <div className={styles.sectionActions}>{actions}</div>}
      </div>
      {open && (
        <div id={bodyId} className={styles.sectionBody}>
          {children}
        </div>
      )}
    </section>
  )
}

/** The inspector's page header: what is being edited and where. */
export function FormHeader({
  title,
  subtitle,
  actions,
}: {
  title: string
  subtitle?: ReactNode
  actions?: ReactNode
}) {
  return (
    <header className={styles.formHeader}>
      <div className={styles.formTitles}>
        <h2 className={styles.formTitle}>{title}</h2>
        {subtitle && <div className={styles.formSubtitle}>{subtitle}</div>}
      </div>
      {actions && <div className={styles.formActions}>{actions}</div>}
    </header>
  )
}

/** A short, quiet explanation under a heading. */
export function Note({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'warning' }) {
  return <p className={`${styles.note} ${tone === 'warning' ? styles.warningNote : ''}`}>{children}</p>
}
