import '../ui/theme.css'
import type { AnyHandler } from 'msw'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { createStudio } from './createStudio'
import { bindPageLifecycle } from './pageLifecycle'
import { startEmulator } from './startEmulator'

/**
 * Starts the studio: the emulator's service worker and the saved projects load side by side,
 * and the studio renders once both are ready, so no API call can be made before requests are
 * intercepted (index.html shows a light splash meanwhile).
 */
export async function bootstrap(rootElement: HTMLElement): Promise<void> {
  const studio = createStudio()
  // The emulator's request handlers. They must read the open project on every request
  // (`studio.projectStore.getState().project`), so edits and deployments apply at once.
  const handlers: AnyHandler[] = []
  await Promise.all([startEmulator(handlers), studio.workspace.getState().init()])
  bindPageLifecycle(studio.workspace)
  createRoot(rootElement).render(<App studio={studio} />)
}
