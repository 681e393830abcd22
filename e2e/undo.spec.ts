import { expect, test } from './support/fixtures'

test.describe('undo and redo', () => {
  test('with the keyboard and the header buttons, over every edit', async ({ studio, page }) => {
    const mod = process.platform === 'darwin' ? 'Meta' : 'Control'
    await studio.open()
    const undo = studio.header.getByRole('button', { name: /^Undo/ })
    const redo = studio.header.getByRole('button', { name: /^Redo/ })
    await expect(undo).toBeDisabled()

    await studio.renameProject('Shop')
    await studio.createRestApi()
    await expect(undo).toHaveAttribute('aria-label', 'Undo Create REST API')

    // Focus outside any text field: Ctrl+Z belongs to the model there.
    await studio.canvas.click({ position: { x: 10, y: 10 } })
    await page.keyboard.press(`${mod}+z`)
    await studio.expectNoApis()
    await expect(undo).toHaveAttribute('aria-label', 'Undo Rename project')
    await page.keyboard.press(`${mod}+z`)
    await expect(studio.projectName).toHaveText('Untitled project')
    await expect(undo).toBeDisabled()

    await page.keyboard.press(`${mod}+Shift+z`)
    await expect(studio.projectName).toHaveText('Shop')
    await redo.click()
    await studio.expectApi('My API')
    await expect(redo).toBeDisabled()

    await undo.click()
    await studio.expectNoApis()
    await studio.expectSaved()
    await page.reload()
    await studio.waitUntilReady()
    await expect(studio.projectName).toHaveText('Shop')
    await studio.expectNoApis()
  })

  test('each project keeps its undo and redo history when switching between projects', async ({
    studio,
    page,
  }) => {
    const mod = process.platform === 'darwin' ? 'Meta' : 'Control'
    await studio.open()
    const undo = studio.header.getByRole('button', { name: /^Undo/ })
    const redo = studio.header.getByRole('button', { name: /^Redo/ })
    await studio.renameProject('Alpha')
    await studio.createRestApi()
    await studio.newProject()
    await expect(undo).toBeDisabled()
    await studio.renameProject('Beta')
    await expect(undo).toHaveAttribute('aria-label', 'Undo Rename project')

    // Back in Alpha, its last edit is the one to undo, with the keyboard as anywhere else.
    await studio.switchToProject('Alpha')
    await studio.expectApi('My API')
    await expect(undo).toHaveAttribute('aria-label', 'Undo Create REST API')
    await studio.canvas.click({ position: { x: 10, y: 10 } })
    await page.keyboard.press(`${mod}+z`)
    await studio.expectNoApis()
    await expect(redo).toHaveAttribute('aria-label', 'Redo Create REST API')
    await page.screenshot({ path: 'test-results/screenshots/undo-after-project-switch.png' })

    // Beta's own history is still there, and so is Alpha's redo after another round trip.
    await studio.switchToProject('Beta')
    await expect(undo).toHaveAttribute('aria-label', 'Undo Rename project')
    await expect(redo).toBeDisabled()
    await studio.undo()
    await expect(studio.projectName).toHaveText('Untitled project')
    await studio.expectSaved()
    await studio.switchToProject('Alpha')
    await expect(redo).toHaveAttribute('aria-label', 'Redo Create REST API')
    await studio.redo()
    await studio.expectApi('My API')
    await expect(undo).toHaveAttribute('aria-label', 'Undo Create REST API')
    await studio.expectSaved()

    // A reload ends the session: the projects are kept, their histories are not.
    await page.reload()
    await studio.waitUntilReady()
    await expect(studio.projectName).toHaveText('Alpha')
    await studio.expectApi('My API')
    await expect(undo).toBeDisabled()
  })

  test('typing in a field keeps its own undo, and a refused edit changes nothing', async ({
    studio,
    page,
  }) => {
    const mod = process.platform === 'darwin' ? 'Meta' : 'Control'
    await studio.open()
    await studio.renameProject('Kept')
    const region = studio.inspectorField('Region')
    await region.fill('eu-west-2')
    await region.press(`${mod}+z`)
    // The browser's own undo restored the field text; the project keeps its name.
    await expect(studio.projectName).toHaveText('Kept')

    await region.fill('moon-base-alpha')
    await expect(studio.inspector.getByText('"moon-base-alpha" is not a region code')).toBeVisible()
    await expect(page.getByRole('contentinfo')).toContainText('Region')
  })
})
