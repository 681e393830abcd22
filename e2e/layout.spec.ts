import { expect, test } from './support/fixtures'

test.describe('layout', () => {
  test('panes resize from the keyboard and remember their sizes', async ({ studio, page }) => {
    await studio.open()
    const explorerHandle = page.getByRole('separator', { name: 'Resize explorer' })
    const dockHandle = page.getByRole('separator', { name: 'Resize console' })
    const before = Number(await explorerHandle.getAttribute('aria-valuenow'))
    await explorerHandle.focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Shift+ArrowRight')
    await expect(explorerHandle).toHaveAttribute('aria-valuenow', String(before + 16 + 64))
    const dockBefore = Number(await dockHandle.getAttribute('aria-valuenow'))
    await dockHandle.focus()
    await page.keyboard.press('ArrowUp')
    await expect(dockHandle).toHaveAttribute('aria-valuenow', String(dockBefore + 16))
    const width = (await page.locator('#gw-explorer').boundingBox())?.width

    await page.reload()
    await studio.waitUntilReady()
    await expect(explorerHandle).toHaveAttribute('aria-valuenow', String(before + 80))
    await expect(dockHandle).toHaveAttribute('aria-valuenow', String(dockBefore + 16))
    expect((await page.locator('#gw-explorer').boundingBox())?.width).toBe(width)
  })

  test('panes resize by dragging', async ({ studio, page }) => {
    await studio.open()
    const handle = page.getByRole('separator', { name: 'Resize inspector' })
    const before = Number(await handle.getAttribute('aria-valuenow'))
    const box = await handle.boundingBox()
    if (!box) throw new Error('no inspector splitter')
    await page.mouse.move(box.x, box.y + 200)
    await page.mouse.down()
    await page.mouse.move(box.x - 100, box.y + 200, { steps: 5 })
    await page.mouse.up()
    // Dragging the inspector's left edge to the left widens it.
    await expect(handle).toHaveAttribute('aria-valuenow', String(before + 100))
  })

  test('Ctrl+B and Ctrl+J hide and show the explorer and the console, and that is remembered', async ({
    studio,
    page,
  }) => {
    const mod = process.platform === 'darwin' ? 'Meta' : 'Control'
    await studio.open()
    await page.keyboard.press(`${mod}+b`)
    await expect(studio.explorer).toBeHidden()
    await page.keyboard.press(`${mod}+j`)
    await expect(studio.dock).toBeHidden()
    await expect(studio.header.getByRole('button', { name: 'Show explorer' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    await page.reload()
    await studio.waitUntilReady()
    await expect(studio.explorer).toBeHidden()
    await expect(studio.dock).toBeHidden()
    await studio.header.getByRole('button', { name: 'Show explorer' }).click()
    await studio.header.getByRole('button', { name: 'Show console' }).click()
    await expect(studio.explorer).toBeVisible()
    await expect(studio.dock).toBeVisible()
  })

  test('follows the system colour scheme', async ({ studio, page }) => {
    const surface = () =>
      page.evaluate(
        () => getComputedStyle(document.querySelector('#gw-inspector section') as Element).backgroundColor,
      )
    await page.emulateMedia({ colorScheme: 'light' })
    await studio.open()
    expect(await surface()).toBe('rgb(255, 255, 255)')
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await surface()).toBe('rgb(20, 27, 35)')
  })

  test('every control in the header is reachable with Tab', async ({ studio, page }) => {
    await studio.open()
    const names: string[] = []
    await page.locator('body').focus()
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab')
      names.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null
          return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? ''
        }),
      )
    }
    expect(names).toEqual(
      expect.arrayContaining([
        'Skip to canvas',
        'Project: Untitled project',
        'Hide explorer',
        'Hide console',
        'Hide inspector',
        'Resize explorer',
      ]),
    )
  })
})
