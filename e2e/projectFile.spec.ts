import { readFileSync } from 'node:fs'
import { expect, test } from './support/fixtures'
import type { StudioPage } from './support/StudioPage'

async function importFile(studio: StudioPage, name: string, content: string): Promise<void> {
  const chooser = studio.page.waitForEvent('filechooser')
  await studio.chooseProjectMenuItem('Import project file…')
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) })
}

test.describe('project files', () => {
  test('export a project and import it into a new one', async ({ studio }) => {
    await studio.open()
    await studio.renameProject('Payments')
    await studio.createRestApi()
    await studio.inspectorField('Region').fill('eu-central-1')

    const download = studio.page.waitForEvent('download')
    await studio.chooseProjectMenuItem('Export project file')
    const file = await download
    expect(file.suggestedFilename()).toBe('Payments.gatewright.json')
    const text = readFileSync(await file.path(), 'utf8')
    const exported = JSON.parse(text)
    expect(exported).toMatchObject({
      schemaVersion: 1,
      name: 'Payments',
      settings: { region: 'eu-central-1' },
    })
    expect(exported.restApis).toHaveLength(1)

    await studio.newProject()
    await expect(studio.projectName).toHaveText('Untitled project')
    await importFile(studio, 'Payments.gatewright.json', text)
    await expect(studio.projectName).toHaveText('Payments')
    await studio.expectApi('My API')
    await expect(studio.inspectorField('Region')).toHaveValue('eu-central-1')
    expect(await studio.projectId()).not.toBe(exported.id)

    // Three projects now: the original, the new one, and the imported copy.
    const menu = await studio.openProjectMenu()
    await expect(menu.getByRole('menuitemradio')).toHaveCount(3)
  })

  for (const bad of [
    { why: 'not JSON', content: '{"schemaVersion": 1, "name": ', expect: /This file is not JSON/ },
    {
      why: 'the wrong shape',
      content: JSON.stringify({ schemaVersion: 1, id: 'x', name: 'Bad', restApis: [] }),
      expect: /createdAt: missing \(expected a string\)/,
    },
    {
      why: 'a newer schema version',
      content: JSON.stringify({ schemaVersion: 7, name: 'Future' }),
      expect: /schema version 7.*reads up to schema version 1/,
    },
  ]) {
    test(`importing a file with ${bad.why} says what is wrong and changes nothing`, async ({
      studio,
      page,
    }) => {
      await studio.open()
      await studio.renameProject('Untouched')
      await studio.createRestApi()
      await studio.expectSaved()

      await importFile(studio, 'broken.gatewright.json', bad.content)
      const error = page.getByRole('alert').filter({ hasText: 'broken.gatewright.json was not imported.' })
      await expect(error).toContainText(bad.expect)
      await expect(error).toContainText('Your open project is unchanged.')
      await expect(studio.projectName).toHaveText('Untouched')
      await studio.expectApi('My API')
      await expect((await studio.openProjectMenu()).getByRole('menuitemradio')).toHaveCount(1)
      await page.keyboard.press('Escape')

      await error.getByRole('button', { name: 'Dismiss' }).click()
      await expect(error).toBeHidden()
    })
  }
})
