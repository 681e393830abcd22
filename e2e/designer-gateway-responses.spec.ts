import { DesignerPage, screenshotPath } from './designer.page'
import { expect, test } from './support/fixtures'

test('gateway response templates: Monaco per content type, warnings, live body, add/remove, served after deploy', async ({
  page,
  studio,
  problems,
}) => {
  test.setTimeout(120_000)
  const d = new DesignerPage(page)
  await d.startWithNewApi(studio, { width: 1440, height: 1000 })
  const apiId = await d.explorer.locator('#explorer-api').inputValue()
  // A method, so the API can be deployed at the end.
  await d.contextMenu('/', 'Create method')
  await d.inspector.getByRole('button', { name: 'Create method' }).click()
  await expect(d.flowNode('methodRequest')).toBeVisible()
  // Back on the resource canvas, the explorer's Gateway responses lists every type (a method's
  // flow lists only those that can occur on it).
  await page.getByRole('button', { name: 'Back to resources' }).click()

  await d.explorer.getByRole('button', { name: /^Gateway responses/ }).click()
  await d.inspector.getByRole('button', { name: /^MISSING_AUTHENTICATION_TOKEN/ }).click()
  const section = d.gatewayResponseEditor('MISSING_AUTHENTICATION_TOKEN')
  const preview = section.getByTestId('gateway-response-preview')
  const status = section.getByTestId('gateway-response-template-status')

  // AWS's default template, rendered with the type's message.
  await expect(section.getByRole('button', { name: 'application/json', pressed: true })).toBeVisible()
  await expect(preview).toHaveText('{"message":"Missing Authentication Token"}')
  await expect(status).toHaveText('No problems')

  // A VTL directive is marked (it would be sent as text) and the body updates as typed.
  await d.setEditorText(
    section,
    '{"error":$context.error.messageString,"type":"$context.error.responseType"}#if(true) debug#end',
  )
  await expect(preview).toHaveText(
    '{"error":"Missing Authentication Token","type":"MISSING_AUTHENTICATION_TOKEN"}#if(true) debug#end',
  )
  await expect(status).toHaveText('2 warnings')
  await expect(section.locator('.monaco-editor .squiggly-warning')).not.toHaveCount(0)
  await page.screenshot({ path: screenshotPath('gateway-response-template.png') })
  await d.setEditorText(
    section,
    '{"error":$context.error.messageString,"type":"$context.error.responseType"}',
  )
  await expect(status).toHaveText('No problems')
  await expect(section.locator('.monaco-editor .squiggly-warning')).toHaveCount(0)
  await expect(
    d.inspector.getByRole('button', { name: /^MISSING_AUTHENTICATION_TOKEN\s*customised/ }),
  ).toBeVisible()

  // Another content type: added, edited in its own editor, removed, and back with undo.
  await section.getByRole('button', { name: 'Add content type' }).click()
  const newType = section.getByLabel('Content type', { exact: true })
  await newType.fill('application/json')
  await expect(section.getByText('There is already a template for application/json.')).toBeVisible()
  await newType.fill('text/html')
  await section.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(section.getByRole('button', { name: 'text/html', pressed: true })).toBeVisible()
  await expect(section.getByRole('textbox', { name: /response template for text\/html/ })).toBeAttached()
  await d.setEditorText(section, '<h1>$context.error.message</h1>')
  await expect(preview).toHaveText('<h1>Missing Authentication Token</h1>')
  await section.getByRole('button', { name: 'application/json', exact: true }).click()
  await expect(preview).toHaveText(
    '{"error":"Missing Authentication Token","type":"MISSING_AUTHENTICATION_TOKEN"}',
  )
  await section.getByRole('button', { name: 'Remove the text/html template' }).click()
  await expect(section.getByRole('button', { name: 'text/html', exact: true })).toHaveCount(0)
  await d.undo()
  await expect(section.getByRole('button', { name: 'text/html', exact: true })).toBeVisible()
  await section.getByRole('button', { name: 'text/html', exact: true }).click()
  await expect(preview).toHaveText('<h1>Missing Authentication Token</h1>')

  // Deployed, the emulator answers an unknown path with the customised body.
  await d.explorer.getByRole('button', { name: /^Stages/ }).click()
  await d.inspector.getByLabel('Stage name').fill('dev')
  await d.inspector.getByRole('button', { name: 'Deploy', exact: true }).click()
  await expect(d.inspector.getByRole('status')).toContainText('Deployed to dev')
  // The 403 is the point: the browser logs it as a failed load.
  problems.ignore(/^HTTP 403: GET https:\/\/[a-z0-9]+\.execute-api\./)
  problems.ignore(/^console error: Failed to load resource: the server responded with a status of 403/)
  const answer = await page.evaluate(async (id) => {
    const res = await fetch(`https://${id}.execute-api.us-east-1.amazonaws.com/dev/nowhere`, {
      headers: { Accept: 'application/json' },
    })
    return { status: res.status, body: await res.text() }
  }, apiId)
  expect(answer).toEqual({
    status: 403,
    body: '{"error":"Missing Authentication Token","type":"MISSING_AUTHENTICATION_TOKEN"}',
  })
})
