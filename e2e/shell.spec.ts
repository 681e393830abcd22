import { expect, test } from './support/fixtures'

test.describe('studio shell', () => {
  test('shows header, explorer, canvas, inspector and console with honest empty states', async ({
    studio,
    page,
  }) => {
    await studio.open()
    await expect(studio.projectName).toHaveText('Untitled project')
    await studio.expectNoApis()
    await expect(studio.canvas.getByText('No APIs yet')).toBeVisible()
    await expect(studio.inspector.getByLabel('Project name')).toHaveValue('Untitled project')
    await expect(studio.dock).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-msw', 'ready')
    await expect(page.getByTestId('emulator-status')).toHaveText('Emulator ready')
    await studio.expectSaved()
  })
})
