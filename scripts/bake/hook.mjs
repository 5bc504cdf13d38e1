// The app's components import their CSS (Vite bundles it); rendering them in Node needs
// none of it, so CSS imports load as empty modules.
export async function load(url, context, next) {
  if (url.endsWith('.css')) return { format: 'module', source: 'export default {};', shortCircuit: true };
  return next(url, context);
}
