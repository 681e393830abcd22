import styles from './Kbd.module.css'

/** A key combination drawn as keycaps: `<Kbd keys="Ctrl+Shift+Z" />`. */
export function Kbd({ keys }: { keys: string }) {
  const parts = keys === '+' ? ['+'] : keys.split('+')
  return (
    <span className={styles.keys}>
      {parts.map((key, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same key never repeats in one combination, but order matters
        <kbd key={`${key}-${i}`} className={styles.kbd}>
          {key}
        </kbd>
      ))}
    </span>
  )
}
