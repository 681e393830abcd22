import { test as base, expect, type Page } from '@playwright/test'
import { StudioPage } from './StudioPage'

/** Problems a page had: console errors/warnings, uncaught exceptions, failed or ≥400 requests. */
export interface PageProblems {
  list: string[]
  /** Stop recording (e.g. before a test provokes an error on purpose). */
  ignore(pattern: RegExp): void
}

/** Records every problem of `page` so a test can assert there were none. */
export function watchProblems(page: Page): PageProblems {
  const list: string[] = []
  const ignored: RegExp[] = []
  const add = (text: string) => {
    if (!ignored.some((re) => re.test(text))) list.push(text)
  }
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') add(`console ${msg.type()}: ${msg.text()}`)
  })
  page.on('pageerror', (error) => add(`page error: ${error.message}`))
  page.on('requestfailed', (request) => {
    // A download or navigation cancelled by the test itself is not a failure of the app.
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && request.resourceType() === 'document') return
    add(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400)
      add(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`)
  })
  return { list, ignore: (re) => ignored.push(re) }
}

interface Fixtures {
  problems: PageProblems
  studio: StudioPage
}

/**
 * `test` with a `studio` page object, and an automatic check after every test that the page
 * logged no console error or warning, threw nothing, and had no failed request.
 */
export const test = base.extend<Fixtures>({
  problems: [
    async ({ page }, use) => {
      const problems = watchProblems(page)
      await use(problems)
      expect(problems.list, 'console errors, page errors or failed requests').toEqual([])
    },
    { auto: true },
  ],
  studio: async ({ page }, use) => {
    await use(new StudioPage(page))
  },
})

export { expect }
