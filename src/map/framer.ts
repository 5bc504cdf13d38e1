/**
 * What the camera loads with its first framing (src/map/camera.ts): measuring the overlays
 * over the map and the pure framing. The world view most visits open with needs none of it.
 */
export { measureCovers, sameMeasure, watchCovers, type Measured } from './covers';
export { frameBox, frameCountries, type Frame } from './framing/frame';
