import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import type { StudioPage } from './support/StudioPage'

// Screenshots of Import and Export OpenAPI in both colour schemes, for the docs and for review.
// Written to $GW_SCREENSHOTS (e.g. docs/screenshots) when set, else to test-results/screenshots.
const outDir = process.env.GW_SCREENSHOTS ?? join('test-results', 'screenshots')
const corpusRoot = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))

function corpusFile(relative: string): { name: string; mimeType: string; buffer: Buffer } {
  const path = join(corpusRoot, relative)
  if (!existsSync(path))
    throw new Error(`The shared OpenAPI corpus is missing: expected ../shared/corpus/${relative}.`)
  const name = relative.split('/').pop() ?? relative
  return {
    name,
    mimeType: name.endsWith('.json') ? 'application/json' : 'application/yaml',
    buffer: readFileSync(path),
  }
}

async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0)
  await page.screenshot({ path: join(outDir, name), animations: 'disabled' })
}

async function openImport(studio: StudioPage): Promise<Locator> {
  await studio.header.getByRole('button', { name: 'Import', exact: true }).click()
  return studio.page.getByRole('dialog', { name: 'Import OpenAPI' })
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme, viewport: { width: 1440, height: 900 } })

    test(`import and export in ${colorScheme} mode`, async ({ studio, page }) => {
      test.setTimeout(180_000)
      mkdirSync(outDir, { recursive: true })
      await studio.open()

      // The form, with a file chosen and the mode explained.
      let panel = await openImport(studio)
      await panel
        .getByTestId('openapi-file-input')
        .setInputFiles(corpusFile('openapi/awsdocs-lambda-custom-calc.swagger.json'))
      await panel.getByRole('checkbox', { name: 'Fail on warnings' }).check()
      await shot(page, `import-form-${colorScheme}.png`)

      // The findings of a file with warnings, before anything changes.
      await panel.getByRole('checkbox', { name: 'Fail on warnings' }).uncheck()
      await panel
        .getByTestId('openapi-file-input')
        .setInputFiles(corpusFile('openapi/awsdocs-request-validators.swagger.json'))
      await panel.getByRole('button', { name: 'Check' }).click()
      await expect(panel.getByTestId('import-ready')).toBeVisible()
      await shot(page, `import-findings-${colorScheme}.png`)

      // A file AWS would refuse.
      await panel.getByRole('button', { name: 'Back' }).click()
      await panel
        .getByTestId('openapi-file-input')
        .setInputFiles(corpusFile('openapi/sp-cache-key-parameters.oas30.yaml'))
      await panel.getByRole('button', { name: 'Check' }).click()
      await expect(panel.getByRole('alert')).toBeVisible()
      await shot(page, `import-error-${colorScheme}.png`)
      await panel.getByRole('button', { name: 'Close Import OpenAPI' }).click()

      // Drag and drop: the overlay.
      const transfer = await page.evaluateHandle(() => {
        const dt = new DataTransfer()
        dt.items.add(new File(['{}'], 'orders.oas30.json', { type: 'application/json' }))
        return dt
      })
      await page.dispatchEvent('#gw-canvas', 'dragenter', { dataTransfer: transfer })
      await expect(page.getByTestId('drop-overlay')).toBeVisible()
      await shot(page, `import-drop-${colorScheme}.png`)
      await page.dispatchEvent('#gw-canvas', 'dragleave', { dataTransfer: transfer })

      // A large file: progress while the worker imports it. (The panel reopens where it was left.)
      panel = await openImport(studio)
      await panel.getByRole('button', { name: 'Back' }).click()
      await panel
        .getByTestId('openapi-file-input')
        .setInputFiles(corpusFile('openapi-large/stripe-spec3-2021-08-25.oas30.json'))
      await panel.getByRole('checkbox', { name: /Repair what AWS would refuse/ }).check()
      await panel.getByRole('button', { name: 'Check' }).click()
      await expect(panel.getByRole('progressbar')).toBeVisible()
      await expect(panel.getByRole('progressbar')).toHaveAttribute('aria-valuetext', /Models|Paths/)
      await page.screenshot({ path: join(outDir, `import-progress-${colorScheme}.png`) })
      await expect(panel.getByTestId('import-ready')).toBeVisible({ timeout: 120_000 })
      await panel.getByRole('button', { name: 'Back' }).click()

      // Import a file with integrations, then export it.
      await panel
        .getByTestId('openapi-file-input')
        .setInputFiles(corpusFile('openapi/awsdocs-lambda-custom-calc.swagger.json'))
      await panel.getByRole('checkbox', { name: /Repair what AWS would refuse/ }).uncheck()
      await panel.getByRole('button', { name: 'Check' }).click()
      await panel.getByRole('button', { name: 'Import', exact: true }).click()
      await expect(panel.getByTestId('import-done')).toBeVisible()
      await panel.getByRole('button', { name: 'Done' }).click()

      await studio.header.getByRole('button', { name: 'Export', exact: true }).click()
      const exportPanel = page.getByRole('dialog', { name: 'Export OpenAPI' })
      await exportPanel.getByText('YAML', { exact: true }).click()
      await exportPanel.getByLabel('Extensions').selectOption('integrations')
      await expect(exportPanel.locator('.monaco-editor .view-lines')).toContainText('openapi:', {
        timeout: 60_000,
      })
      await shot(page, `export-${colorScheme}.png`)
    })
  })
}
