import { useCallback, useEffect, useState } from 'react'
import { Button } from '../../ui/Button'
import { Kbd } from '../../ui/Kbd'
import { Popover } from '../../ui/Popover'
import { isEditableTarget } from './isEditableTarget'
import { shortcutLabel } from './platform'
import styles from './ShortcutSheet.module.css'
import { type ShortcutEntry, shortcuts } from './shortcuts'

const groups: ShortcutEntry['group'][] = ['Project', 'Navigate', 'Resource tree', 'Console', 'Layout', 'Help']

/** The keyboard button in the header, and the sheet of shortcuts it opens (also with `?`). */
export function ShortcutSheet() {
  const [open, setOpen] = useState(false)
  const onOpenChange = useCallback((next: boolean) => setOpen(next), [])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return
      if (event.defaultPrevented || isEditableTarget(event.target)) return
      event.preventDefault()
      setOpen(true)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <Popover
      open={open}
      onOpenChange={onOpenChange}
      title="Keyboard shortcuts"
      trigger={(props) => (
        <Button variant="header" icon="keyboard" label="Keyboard shortcuts" shortcut="?" {...props} />
      )}
    >
      <div className={styles.sheet}>
        {groups.map((group) => (
          <section key={group} aria-label={group}>
            <h3 className={styles.group}>{group}</h3>
            <dl className={styles.list}>
              {shortcuts
                .filter((s) => s.group === group)
                .map((s) => (
                  <div key={s.keys} className={styles.row}>
                    <dt>{s.action}</dt>
                    <dd>
                      <Kbd keys={shortcutLabel(s.keys)} />
                    </dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
        <p className={styles.note}>In text fields and editors, Ctrl+Z undoes typing in that field.</p>
      </div>
    </Popover>
  )
}
