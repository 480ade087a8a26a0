// The Vite library-mode configuration both Node-side bundles share (the Electron main process and
// preload, and the command line): packages resolved the way Node resolves them, Node's builtins
// (and anything else in `external`) left as imports, everything else bundled in, so the result
// runs without node_modules.
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository's root folder. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Node's builtin modules, with and without the node: prefix. */
export const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/**
 * @param {{ entry: string; outDir: string; fileName: string; format: 'es' | 'cjs';
 *   target: string; sourcemap: boolean; external?: (string | RegExp)[] }} options
 * @returns {import('vite').InlineConfig}
 */
export function nodeBundleConfig(options) {
  return {
    configFile: false,
    root,
    publicDir: false,
    envDir: false,
    logLevel: 'warn',
    // Resolve packages the way Node does, not the browser build vite picks by default.
    resolve: { conditions: ['node', 'module', 'production'], mainFields: ['module', 'main'] },
    build: {
      outDir: options.outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target: options.target,
      minify: false,
      sourcemap: options.sourcemap,
      reportCompressedSize: false,
      lib: {
        entry: path.join(root, options.entry),
        formats: [options.format],
        fileName: () => options.fileName,
      },
      rolldownOptions: { external: [...nodeBuiltins, ...(options.external ?? [])] },
    },
  };
}

/** Runs `main` when the script is run with node, not imported; reports a failure as one line. */
export async function runIfMain(moduleUrl, main, failure) {
  if (process.argv[1] === undefined || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  try {
    console.log(await main());
  } catch (error) {
    console.error(failure, error);
    process.exitCode = 1;
  }
}
