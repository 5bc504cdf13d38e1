import { onDemand } from '../onDemand';

/** The comparison's code (`compare=a,b`), for the full app and the embed alike: loaded only when a link asks for it. */
export const compareChunk = onDemand(() => import('./compareMode'));
