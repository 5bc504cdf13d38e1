/** Comparing two letters (`compare=a,b`): loaded only when a link asks for it (see bench/firstLoad.ts ON_DEMAND). */
export { CompareLegend } from './CompareLegend';
export { CompareStage } from './CompareStage';
