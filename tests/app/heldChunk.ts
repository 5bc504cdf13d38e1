/**
 * A gate for holding a code-split module back until a test lets it through. Import it inside
 * a vi.mock factory: each test file gets its own module instance, so its own closed gate.
 *
 *   vi.mock('../../src/app/panel/SelectionPanel', async (orig) => {
 *     await (await import('./heldChunk')).gate.opened;
 *     return orig();
 *   });
 */
let open!: () => void;
const opened = new Promise<void>((r) => (open = r));
export const gate = { opened, open: () => open() };
