import { useId, useState } from 'react'
import { useStore } from 'zustand'
import { useProject } from '../../state/useProjectStore'
import { Icon } from '../../ui/Icon'
import styles from './ImportPanel.module.css'
import { IMPORT_MODES, importModeProblem, importTargets } from './importModes'
import type { ImportSession, ImportSettings } from './importSession'
import { CheckField, SelectField } from './Segmented'

/** Import mode (new / overwrite / merge, with the target API), fail on warnings, and AWS's other import parameters. */
export function ImportSettingsFields({ session, disabled }: { session: ImportSession; disabled: boolean }) {
  const settings = useStore(session, (s) => s.settings)
  const update = session.getState().updateSettings
  const project = useProject()
  const targets = importTargets(project)
  const target = targets.find((t) => t.id === settings.targetApiId)
  const problem = importModeProblem(settings.mode, target)
  const name = useId()
  const [advanced, setAdvanced] = useState(false)
  const advancedChanged =
    settings.endpointType !== 'EDGE' || settings.basepath !== 'ignore' || settings.ignoreDocumentation

  return (
    <>
      <fieldset className={styles.modes} disabled={disabled}>
        <legend className={styles.legend}>Import mode</legend>
        {IMPORT_MODES.map((m) => {
          const unavailable = m.mode !== 'new' && targets.length === 0
          return (
            <label
              key={m.mode}
              className={`${styles.mode} ${settings.mode === m.mode ? styles.modeChecked : ''}`}
            >
              <input
                type="radio"
                name={name}
                value={m.mode}
                checked={settings.mode === m.mode}
                disabled={unavailable}
                onChange={() => update({ mode: m.mode })}
              />
              <span className={styles.modeText}>
                <span className={styles.modeLabel}>{m.label}</span>
                <span className={styles.hint}>
                  {unavailable ? 'The project has no API to update yet.' : m.description}
                </span>
              </span>
            </label>
          )
        })}
        {settings.mode !== 'new' && (
          <div className={styles.target}>
            <SelectField
              label={settings.mode === 'overwrite' ? 'API to overwrite' : 'API to merge into'}
              value={settings.targetApiId}
              options={[
                ...(target ? [] : [{ value: '', label: 'Choose an API…' }]),
                ...targets.map((t) => ({
                  value: t.id,
                  label: `${t.name} (${t.kind === 'rest' ? 'REST' : 'HTTP'} API, ${t.id})`,
                })),
              ]}
              onChange={(targetApiId) => update({ targetApiId })}
            />
            {problem && (
              <p className={styles.fieldError} role="alert">
                <Icon name="error" size={14} />
                {problem}
              </p>
            )}
          </div>
        )}
      </fieldset>

      <div className={styles.group}>
        <CheckField
          label="Fail on warnings"
          checked={settings.failOnWarnings}
          disabled={disabled}
          hint="Roll the import back if there is any warning, as AWS does with failonwarnings=true. Off, warnings are reported and the import goes on (AWS's default)."
          onChange={(failOnWarnings) => update({ failOnWarnings })}
        />
        <CheckField
          label="Repair what AWS would refuse"
          badge="Gatewright only"
          checked={settings.repair}
          disabled={disabled}
          hint="API Gateway rejects files with, for example, non-alphanumeric model names, path parameters that are not whole segments, or unrendered template placeholders. With this on, Gatewright imports such a file anyway and lists each repair as a warning quoting AWS's error."
          onChange={(repair) => update({ repair })}
        />
      </div>

      <div className={styles.advanced}>
        <button
          type="button"
          className={styles.disclosure}
          aria-expanded={advanced}
          onClick={() => setAdvanced(!advanced)}
        >
          <Icon name={advanced ? 'chevronDown' : 'chevronRight'} size={14} />
          Import parameters
          {advancedChanged && <span className={styles.changedDot} title="Changed from AWS's defaults" />}
        </button>
        {advanced && (
          <div className={styles.advancedBody}>
            <SelectField<ImportSettings['endpointType']>
              label="Endpoint type"
              value={settings.endpointType}
              disabled={disabled || settings.mode !== 'new'}
              hint={
                settings.mode === 'new'
                  ? 'endpointConfigurationTypes of a new REST API (AWS default: Edge-optimized).'
                  : 'Overwrite and merge keep the API’s endpoint configuration.'
              }
              options={[
                { value: 'EDGE', label: 'Edge-optimized' },
                { value: 'REGIONAL', label: 'Regional' },
                { value: 'PRIVATE', label: 'Private' },
              ]}
              onChange={(endpointType) => update({ endpointType })}
            />
            <SelectField<ImportSettings['basepath']>
              label="Base path"
              value={settings.basepath}
              disabled={disabled}
              hint="basepath: what happens to the document's base path (Swagger basePath, or the server URL path)."
              options={[
                { value: 'ignore', label: 'Ignore (default)' },
                { value: 'prepend', label: 'Prepend as resources' },
                { value: 'split', label: 'Split (drop the first segment)' },
              ]}
              onChange={(basepath) => update({ basepath })}
            />
            <CheckField
              label="Ignore documentation"
              checked={settings.ignoreDocumentation}
              disabled={disabled}
              hint="ignore=documentation: skip x-amazon-apigateway-documentation."
              onChange={(ignoreDocumentation) => update({ ignoreDocumentation })}
            />
          </div>
        )}
      </div>
    </>
  )
}
