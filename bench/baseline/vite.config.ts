import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Builds the baseline page into .bench/baseline, with public/ (the generated data) alongside. */
export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: here('../../public'),
  build: {
    target: 'es2022',
    outDir: here('../../.bench/baseline'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1100,
    rolldownOptions: { input: { baseline: here('index.html'), mapOnly: here('map-only.html') } },
  },
  preview: { strictPort: true },
  logLevel: 'warn',
});
