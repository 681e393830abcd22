// Builds the Node library and CLI (lib/) from the same TypeScript sources the studio uses.
// `npm install` runs it through the `prepare` script, so `npx gatewright` works in a checkout.

import { existsSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { defineConfig } from 'vite'
import pkg from './package.json' with { type: 'json' }

const candidates: Record<string, string> = {
  cli: 'src/cli/main.ts',
  vtl: 'src/lib/vtl.ts',
  openapi: 'src/lib/openapi.ts',
  engine: 'src/lib/engine.ts',
}
const entry = Object.fromEntries(Object.entries(candidates).filter(([, file]) => existsSync(file)))
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies),
]

export default defineConfig({
  build: {
    outDir: 'lib',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    sourcemap: true,
    lib: { entry, formats: ['es'] },
    rollupOptions: {
      external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)),
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
})
