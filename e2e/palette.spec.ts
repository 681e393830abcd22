import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { serializeProject } from '../src/core/model/projectFile'
import { DesignerPage } from './designer.page'
import { expect, test } from './support/fixtures'
import { petStoreProject } from './support/petStoreProject'

const shots = join('test-results', 'screenshots')

test.describe('Go to palette', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test('Ctrl+K jumps to a method, a resource and an API screen; Escape closes', async ({ page, studio }) => {
    mkdirSync(shots, { recursive: true })
    const d = new DesignerPage(page)
    await studio.open()
    const chooser = page.waitForEvent('filechooser')
    await studio.chooseProjectMenuItem('Import project file…')
    await (await chooser).setFiles({
      name: 'Pet-store.gatewright.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeProject(petStoreProject())),
    })
    await studio.expectApi('PetStore')

    // Ctrl+K from anywhere opens it with the cursor in the search field.
    await page.locator('body').click({ position: { x: 5, y: 300 } })
    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: 'Go to' })
    const search = palette.getByRole('combobox', { name: 'Go to a resource, method or screen' })
    await expect(search).toBeFocused()
    await page.keyboard.type('get petid')
    const options = palette.getByRole('option')
    await expect(options.first()).toContainText('GET /pets/{petId}')
    await expect(options.first()).toHaveAttribute('aria-selected', 'true')
    await page.screenshot({ path: join(shots, 'palette.png'), animations: 'disabled' })
    await page.keyboard.press('Enter')
    await expect(palette).toBeHidden()
    await expect(page.getByTestId('method-flow')).toBeVisible()
    await expect(d.tree.getByRole('treeitem', { name: 'GET /pets/{petId}', exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    )

    // Arrows move through the matches; Enter on a resource selects it in the resource view.
    await page.keyboard.press('Control+k')
    await page.keyboard.type('/pets')
    await expect(options.first()).toContainText('/pets')
    const second = (await options.nth(1).locator('span').first().textContent()) ?? ''
    await page.keyboard.press('ArrowDown')
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('Enter')
    await expect(d.tree.getByRole('treeitem', { name: second, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    )

    // An API screen, through the header's button and a click.
    await studio.header.getByRole('button', { name: 'Go to a resource, method or screen' }).click()
    await expect(search).toBeFocused()
    await page.keyboard.type('stag')
    await palette.getByRole('option', { name: /Stages/ }).click()
    await expect(d.inspector.getByRole('heading', { name: 'Stages' }).first()).toBeVisible()

    // Nothing matches: said plainly. Escape closes and leaves the selection as it was.
    await page.keyboard.press('Control+k')
    await page.keyboard.type('zzz')
    await expect(palette.getByRole('status')).toHaveText('Nothing matches “zzz”.')
    await page.keyboard.press('Escape')
    await expect(palette).toBeHidden()
    await expect(d.inspector.getByRole('heading', { name: 'Stages' }).first()).toBeVisible()
  })

  test('the shortcut sheet lists Ctrl+K and the console and tree keys', async ({ page, studio }) => {
    await studio.open()
    await page.locator('body').click({ position: { x: 5, y: 300 } })
    await page.keyboard.press('?')
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(sheet.getByRole('region', { name: 'Navigate' })).toContainText(
      'Go to a resource, method or API screen',
    )
    await expect(sheet.getByRole('region', { name: 'Console' })).toContainText('Send the request')
    await expect(sheet.getByRole('region', { name: 'Resource tree' })).toContainText(
      'Create a child resource',
    )
    await page.screenshot({ path: join(shots, 'shortcut-sheet.png'), animations: 'disabled' })
  })
})
