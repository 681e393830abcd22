import { DesignerPage, screenshotPath } from './designer.page'
import { expect, test } from './support/fixtures'

const TEMPLATE =
  '{"statusCode": 200, "id": "$input.params(\'petId\')", "q": "$input.params(\'q\')", "trace": "$input.params(\'X-Trace\')", "env": "$stageVariables.env", "stage": "$context.stage"}'

test('template preview: the console’s last request to the method, or the generated sample, said which', async ({
  page,
  studio,
}) => {
  test.setTimeout(120_000)
  const d = new DesignerPage(page)
  await d.startWithNewApi(studio, { width: 1600, height: 1100 })

  // GET /{petId}, MOCK, with a request template that echoes the request.
  await d.contextMenu('/', 'Create resource')
  await d.inspector.getByLabel('Resource name').fill('{petId}')
  await d.inspector.getByRole('button', { name: 'Create resource' }).click()
  await d.node('/{petId}').click()
  await page.keyboard.press('m')
  await d.inspector.getByLabel('Method type').selectOption('GET')
  await d.inspector.getByRole('radio', { name: /Mock/ }).check()
  await d.inspector.getByRole('button', { name: 'Create method' }).click()
  await d.flowNode('integrationRequest').click()
  await d.inspector.getByRole('button', { name: 'Edit request template application/json' }).click()
  const template = d.dock.getByRole('region', { name: 'Request template editor' })
  await d.setEditorText(template, TEMPLATE)
  const preview = d.dock.getByTestId('template-preview')
  const input = d.dock.getByTestId('preview-input')
  const sampleColumn = d.dock.getByRole('region', { name: 'Sample request' })

  // No request yet: the generated sample, and the other choice is off.
  await expect(input).toHaveText(
    'Using: A generated sample request. Send a request to GET /{petId} from the console to preview with it.',
  )
  await expect(sampleColumn.getByRole('radio', { name: 'Last request' })).toBeDisabled()
  await expect(preview).toHaveText(
    '{"statusCode": 200, "id": "1", "q": "", "trace": "", "env": "", "stage": "test-invoke-stage"}',
  )

  // Deploy to dev, with a stage variable.
  await d.explorer.getByRole('button', { name: /^Stages/ }).click()
  await d.inspector.getByLabel('Stage name').fill('dev')
  await d.inspector.getByRole('button', { name: 'Deploy', exact: true }).click()
  await expect(d.inspector.getByRole('status')).toContainText('Deployed to dev')
  await d.inspector.getByRole('button', { name: 'Add stage variable' }).click()
  await d.inspector.getByLabel('Name 1').fill('env')
  await d.inspector.getByLabel('Value 1').fill('prod')
  // The generated sample takes the stage's variables too.
  await expect(preview).toHaveText(
    '{"statusCode": 200, "id": "1", "q": "", "trace": "", "env": "prod", "stage": "dev"}',
  )

  // Send GET /42?q=cats with an X-Trace header from the console.
  const console = page.locator('#gw-dock')
  await console.getByLabel('Resource and method').selectOption({ label: 'GET /{petId}' })
  await console.getByLabel('Path parameter petId').fill('42')
  await console.getByLabel('New query strings name').fill('q')
  await console.getByLabel('q value').fill('cats')
  await console
    .getByRole('tablist', { name: 'Request' })
    .getByRole('tab', { name: /^Headers/ })
    .click()
  await console.getByLabel('New headers name').fill('X-Trace')
  await console.getByLabel('X-Trace value').fill('abc-123')
  await console.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(console.getByTestId('response-summary').getByTestId('status-chip')).toHaveText('200 OK')

  // The preview now renders that request, and says so.
  await expect(input).toContainText("Using: The console's last request to GET /{petId}, sent ")
  await expect(input).toContainText('(answered 200).')
  await expect(sampleColumn.getByRole('radio', { name: 'Last request' })).toBeChecked()
  await expect(preview).toHaveText(
    '{"statusCode": 200, "id": "42", "q": "cats", "trace": "abc-123", "env": "prod", "stage": "dev"}',
  )
  await page.screenshot({ path: screenshotPath('template-preview-last-request.png') })

  // The generated sample is the other choice, and the preview says so.
  await sampleColumn.getByText('Generated sample').click()
  await expect(input).toHaveText('Using: A generated sample request.')
  await expect(preview).toHaveText(
    '{"statusCode": 200, "id": "1", "q": "", "trace": "", "env": "prod", "stage": "dev"}',
  )
  await sampleColumn.getByText('Last request').click()
  await expect(preview).toHaveText(
    '{"statusCode": 200, "id": "42", "q": "cats", "trace": "abc-123", "env": "prod", "stage": "dev"}',
  )

  // Editing the request's parameters keeps it the last request, edited.
  await sampleColumn.getByRole('tab', { name: 'Parameters' }).click()
  await d.setEditorText(
    sampleColumn,
    '{"path": {"petId": "7"}, "querystring": {"q": "dogs"}, "header": {"X-Trace": "abc-123"}}',
  )
  await expect(preview).toHaveText(
    '{"statusCode": 200, "id": "7", "q": "dogs", "trace": "abc-123", "env": "prod", "stage": "dev"}',
  )
  await expect(input).toContainText('(answered 200), edited.')
  // Reset goes back to the request as it was sent.
  await sampleColumn.getByRole('button', { name: 'Reset' }).click()
  await expect(preview).toHaveText(
    '{"statusCode": 200, "id": "42", "q": "cats", "trace": "abc-123", "env": "prod", "stage": "dev"}',
  )
  await expect(input).not.toContainText('edited')
})
