/** Several letters: loaded only when the data holds more than one (see bench/firstLoad.ts ON_DEMAND). */
export { letterModel } from './letterModel';
export { LetterSwitch } from './LetterSwitch';
