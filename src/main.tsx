import { bootstrap } from './app/bootstrap'

const rootElement = document.getElementById('root')
if (!rootElement) throw new Error('index.html has no #root element')
void bootstrap(rootElement)
