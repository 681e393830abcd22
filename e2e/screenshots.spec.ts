import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { serializeProject } from '../src/core/model/projectFile'
import { expect, test } from './support/fixtures'
import { petStoreProject } from './support/petStoreProject'

// Screenshots of the studio for the README and for review, in both colour schemes.
// Written to $GW_SCREENSHOTS (e.g. docs/screenshots) when set, else to test-results/.
const outDir = process.env.GW_SCREENSHOTS ?? join('test-results', 'screenshots')

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme, viewport: { width: 1440, height: 900 } })

    test(`studio in ${colorScheme} mode`, async ({ studio, page }) => {
      mkdirSync(outDir, { recursive: true })
      await studio.open()
      await studio.renameProject('Untitled project')
      await page.screenshot({ path: join(outDir, `shell-${colorScheme}.png`), animations: 'disabled' })

      const chooser = page.waitForEvent('filechooser')
      await studio.chooseProjectMenuItem('Import project file…')
      await (await chooser).setFiles({
        name: 'Pet-store.gatewright.json',
        mimeType: 'application/json',
        buffer: Buffer.from(serializeProject(petStoreProject())),
      })
      await expect(studio.projectName).toHaveText('Pet store')
      await studio.expectApi('PetStore')
      await studio.expectSaved()
      await page.mouse.move(0, 0)
      await page.screenshot({ path: join(outDir, `studio-${colorScheme}.png`), animations: 'disabled' })

      await studio.openProjectMenu()
      await page.screenshot({ path: join(outDir, `project-menu-${colorScheme}.png`), animations: 'disabled' })
    })
  })
}
