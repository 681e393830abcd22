import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test } from './support/fixtures'

// Screenshots of the shell for the README and for review, in both colour schemes.
// Written to $GW_SCREENSHOTS (e.g. docs/screenshots) when set, else to test-results/.
const outDir = process.env.GW_SCREENSHOTS ?? join('test-results', 'screenshots')

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme, viewport: { width: 1440, height: 900 } })

    test(`shell in ${colorScheme} mode`, async ({ studio, page }) => {
      await studio.open()
      await studio.renameProject('Pet store')
      await studio.expectSaved()
      mkdirSync(outDir, { recursive: true })
      await page.screenshot({ path: join(outDir, `shell-${colorScheme}.png`), animations: 'disabled' })
      await studio.openProjectMenu()
      await page.screenshot({ path: join(outDir, `project-menu-${colorScheme}.png`), animations: 'disabled' })
    })
  })
}
