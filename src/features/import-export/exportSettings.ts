import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { ExportFlavour, ExportFormat, ExtensionSet } from '../../core/openapi'

export interface ExportSettings {
  /** '' = the explorer's API. */
  apiId: string
  /** '' = the working copy (no stage). */
  stageName: string
  flavour: ExportFlavour
  format: ExportFormat
  extensions: ExtensionSet
}

export interface ExportSettingsState extends ExportSettings {
  update(patch: Partial<ExportSettings>): void
}

/** The export panel's choices, kept while the studio is open so reopening the panel shows the same export. */
export const exportSettings = createStore<ExportSettingsState>()((set) => ({
  apiId: '',
  stageName: '',
  flavour: 'oas30',
  format: 'json',
  extensions: 'apigateway',
  update: (patch) => set(patch),
}))

export function useExportSettings<T>(selector: (state: ExportSettingsState) => T): T {
  return useStore(exportSettings, selector)
}

/** AWS's export extension sets (`extensions=` of GetExport), as the panel offers them. */
export const EXTENSION_SETS: readonly { value: ExtensionSet; label: string; description: string }[] = [
  {
    value: 'none',
    label: 'None (plain OpenAPI)',
    description: 'Paths, parameters, models and security schemes, with no x-amazon-apigateway extensions.',
  },
  {
    value: 'integrations',
    label: 'Integrations',
    description: 'OpenAPI + API Gateway integrations: x-amazon-apigateway-integration on every method.',
  },
  {
    value: 'authorizers',
    label: 'Authorizers',
    description: 'OpenAPI + x-amazon-apigateway-authorizer on the security schemes.',
  },
  {
    value: 'apigateway',
    label: 'All API Gateway extensions',
    description:
      'Integrations, authorizers, request validators, gateway responses, policy, binary media types and the other API settings.',
  },
]
