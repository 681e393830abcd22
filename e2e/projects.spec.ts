import { expect, test } from './support/fixtures'

test.describe('projects', () => {
  test('create a project, edit it, reload and find the edit', async ({ studio, page }) => {
    await studio.open()
    await studio.newProject()
    await expect(studio.projectName).toHaveText('Untitled project')

    await studio.inspectorField('Project name').fill('Pet store')
    await expect(studio.projectName).toHaveText('Pet store')
    await studio.createRestApi()
    await studio.expectApi('My API')
    await studio.expectSaved()

    await page.reload()
    await studio.waitUntilReady()
    await expect(studio.projectName).toHaveText('Pet store')
    await expect(studio.inspectorField('Project name')).toHaveValue('Pet store')
    await studio.expectApi('My API')
  })

  test('switch between projects, each keeping its own content', async ({ studio }) => {
    await studio.open()
    await studio.renameProject('First')
    await studio.createRestApi()

    await studio.newProject()
    await studio.renameProject('Second')
    await studio.expectNoApis()

    await studio.switchToProject('First')
    await studio.expectApi('My API')
    await studio.switchToProject('Second')
    await studio.expectNoApis()

    const menu = await studio.openProjectMenu()
    await expect(menu.getByRole('menuitemradio')).toHaveText([/^Second/, /^First/])
    await expect(menu.getByRole('menuitemradio', { name: /^Second/ })).toHaveAttribute('aria-checked', 'true')
  })

  test('rename from the header with validation, duplicate, then delete with confirmation', async ({
    studio,
    page,
  }) => {
    await studio.open()
    await studio.chooseProjectMenuItem('Rename…')
    const input = studio.header.getByRole('textbox', { name: 'Project name' })
    await input.fill('   ')
    await input.press('Enter')
    await expect(page.getByRole('alert').filter({ hasText: 'Enter a project name.' })).toBeVisible()
    await input.fill('Inventory')
    await input.press('Enter')
    await expect(studio.projectName).toHaveText('Inventory')
    await studio.createRestApi()

    await studio.chooseProjectMenuItem('Duplicate')
    await expect(studio.projectName).toHaveText('Inventory (copy)')
    await studio.expectApi('My API')

    // Cancel keeps the project.
    await studio.chooseProjectMenuItem('Delete project…')
    const dialog = page.getByRole('alertdialog', { name: 'Delete “Inventory (copy)”?' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(studio.projectName).toHaveText('Inventory (copy)')

    // A record kept beside the project (the console's history) goes with it.
    const deletedId = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('gatewright')
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(open.error)
      })
      const store = () => db.transaction('projects', 'readwrite').objectStore('projects')
      const all = await new Promise<unknown[]>((resolve) => {
        const r = store().getAll()
        r.onsuccess = () => resolve(r.result)
      })
      const copy = all.find(
        (v) => (v as { name?: string }).name === 'Inventory (copy)' && 'restApis' in (v as object),
      )
      const id = (copy as { id: string }).id
      await new Promise((resolve) => {
        const r = store().put({ entries: [] }, `console-history:${id}`)
        r.onsuccess = resolve
      })
      db.close()
      return id
    })

    await studio.chooseProjectMenuItem('Delete project…')
    await dialog.getByRole('button', { name: 'Delete project' }).click()
    await expect(studio.projectName).toHaveText('Inventory')
    await expect
      .poll(() =>
        page.evaluate(async (id) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open('gatewright')
            open.onsuccess = () => resolve(open.result)
            open.onerror = () => reject(open.error)
          })
          const keys = await new Promise<IDBValidKey[]>((resolve) => {
            const r = db.transaction('projects').objectStore('projects').getAllKeys()
            r.onsuccess = () => resolve(r.result)
          })
          db.close()
          return keys.filter((k) => String(k).endsWith(id))
        }, deletedId),
      )
      .toEqual([])
    const menu = await studio.openProjectMenu()
    await expect(menu.getByRole('menuitemradio')).toHaveText([/^Inventory/])
    await page.keyboard.press('Escape')

    await page.reload()
    await studio.waitUntilReady()
    await expect(studio.projectName).toHaveText('Inventory')
    await expect((await studio.openProjectMenu()).getByRole('menuitemradio')).toHaveCount(1)
  })

  test('the project menu works from the keyboard', async ({ studio, page }) => {
    await studio.open()
    await studio.header.getByRole('button', { name: /^Project: / }).focus()
    await page.keyboard.press('ArrowDown')
    const menu = studio.projectMenu()
    await expect(menu.getByRole('menuitemradio').first()).toBeFocused()
    await page.keyboard.press('n')
    await expect(menu.getByRole('menuitem', { name: 'New project' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(menu).toBeHidden()
    await expect(studio.header.getByRole('button', { name: /^Project: / })).toBeFocused()
    await page.keyboard.press('Enter')
    await page.keyboard.press('End')
    await expect(menu.getByRole('menuitem', { name: 'Delete project…' })).toBeFocused()
  })
})
