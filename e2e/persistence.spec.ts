import { expect, test } from './support/fixtures'
import { StudioPage } from './support/StudioPage'

test.describe('never losing work', () => {
  test('an edit made 300 ms before the tab closes is there when the studio reopens', async ({
    studio,
    page,
    context,
  }) => {
    await studio.open()
    await studio.inspectorField('Project name').fill('Closed in a hurry')
    await page.waitForTimeout(300)
    await page.close()

    const reopened = new StudioPage(await context.newPage())
    await reopened.open()
    await expect(reopened.projectName).toHaveText('Closed in a hurry')
  })

  test('the edit is in IndexedDB within 500 ms', async ({ studio, page }) => {
    await studio.open()
    const id = await studio.projectId()
    // Timed inside the page: from the input event of the edit to the stored document having it.
    await page.evaluate(() => {
      document.addEventListener(
        'input',
        () => ((window as { gwEditAt?: number }).gwEditAt = performance.now()),
        {
          capture: true,
          once: true,
        },
      )
    })
    await studio.inspectorField('Project name').fill('Quick')
    const elapsed = await page.evaluate(
      (projectId) =>
        new Promise<number>((resolve, reject) => {
          const editAt = (window as { gwEditAt?: number }).gwEditAt ?? Number.NaN
          const check = () => {
            const open = indexedDB.open('gatewright')
            open.onerror = () => reject(open.error)
            open.onsuccess = () => {
              const db = open.result
              const get = db.transaction('projects').objectStore('projects').get(`project:${projectId}`)
              get.onsuccess = () => {
                db.close()
                if ((get.result as { name?: string } | undefined)?.name === 'Quick')
                  resolve(performance.now() - editAt)
                else setTimeout(check, 10)
              }
            }
          }
          check()
        }),
      id,
    )
    console.log(`autosave: edit to IndexedDB in ${elapsed.toFixed(0)} ms`)
    expect(elapsed).toBeLessThan(500)
    await page.reload()
    await studio.waitUntilReady()
    await expect(studio.projectName).toHaveText('Quick')
  })

  test('when storage is full, the user is warned, keeps working and can download the project', async ({
    studio,
    page,
  }) => {
    // Make IndexedDB writes fail the way a full quota does, until the test lets them through again.
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put
      IDBObjectStore.prototype.put = function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        if ((window as { gwQuotaFull?: boolean }).gwQuotaFull)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        return put.apply(this, args)
      }
    })
    await studio.open()
    await page.evaluate(() => {
      ;(window as { gwQuotaFull?: boolean }).gwQuotaFull = true
    })
    await studio.inspectorField('Project name').fill('Too big to save')

    const warning = page.getByRole('alert').filter({ hasText: 'Your latest changes are not saved.' })
    await expect(warning).toContainText("The browser's storage for this site is full")
    await expect(studio.saveStatus).toHaveText('Not saved')
    await expect(studio.projectName).toHaveText('Too big to save')

    const download = page.waitForEvent('download')
    await warning.getByRole('button', { name: 'Download project' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('Too-big-to-save.gatewright.json')
    const path = await file.path()
    const { readFileSync } = await import('node:fs')
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
      name: 'Too big to save',
      schemaVersion: 1,
    })

    await page.evaluate(() => {
      ;(window as { gwQuotaFull?: boolean }).gwQuotaFull = false
    })
    await warning.getByRole('button', { name: 'Try again' }).click()
    await expect(warning).toBeHidden()
    await studio.expectSaved()
    await page.reload()
    await studio.waitUntilReady()
    await expect(studio.projectName).toHaveText('Too big to save')
  })

  test('without IndexedDB at all, the studio still works in memory and says so', async ({ studio, page }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('IndexedDB is disabled in this window.', 'InvalidStateError')
      }
    })
    await studio.open()
    const warning = page.getByRole('alert').filter({ hasText: 'Your work is not being saved.' })
    await expect(warning).toContainText('IndexedDB is disabled in this window.')
    await expect(warning.getByRole('button', { name: 'Download project' })).toBeVisible()
    await studio.renameProject('Memory only')
    await studio.createRestApi()
    await expect(studio.saveStatus).toHaveText('Not saved')
  })
})

test.describe('two tabs', () => {
  test('a tab with no unsaved change follows the edits saved in another tab', async ({ studio, context }) => {
    await studio.open()
    const other = new StudioPage(await context.newPage())
    await other.open()
    await expect(other.projectName).toHaveText('Untitled project')

    await studio.renameProject('Edited in the first tab')
    await expect(other.projectName).toHaveText('Edited in the first tab')
    await studio.newProject()
    const menu = await other.openProjectMenu()
    await expect(menu.getByRole('menuitemradio')).toHaveCount(2)
  })
})
