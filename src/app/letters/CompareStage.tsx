import './compare.css';
import { useMemo, type ReactNode } from 'react';
import type { CountryPaint } from '../../map/contract';
import type { Lang, LetterDocument } from '../../pipeline/types';
import type { AtlasModel } from '../data/model';
import { compareLetters } from './compare';
import { CompareLegend } from './CompareLegend';
import { comparePaint } from './comparePaint';
import { CompareTable } from './CompareTable';

interface Props {
  model: AtlasModel;
  letters: readonly LetterDocument[];
  ids: readonly [string, string];
  lang: Lang;
  /** The map, painted with the comparison (the shell's own map component). */
  map(paint: Map<string, CountryPaint>): ReactNode;
  /** Which parts show over the map (an embed leaves the table out): both by default. */
  legend?: boolean;
  table?: boolean;
}

/** `compare=a,b`: the map painted by change, a legend naming the measure, and a sortable table of the changes. */
export function CompareStage({ model, letters, ids, lang, map, legend = true, table = true }: Props) {
  const [from, to] = ids.map((i) => letters.find((d) => d.meta.id === i));
  const comparison = useMemo(() => (from && to ? compareLetters(from, to) : null), [from, to]);
  const paint = useMemo(
    () => (comparison ? comparePaint(comparison, (iso2) => !!model.countryById.get(iso2)?.home) : new Map<string, CountryPaint>()),
    [comparison, model],
  );
  if (!from || !to || !comparison) return map(new Map());
  return (
    // A size container: the table takes its narrow form by the room the map has, not the window's.
    <div className="compare-stage">
      {map(paint)}
      {legend && <CompareLegend />}
      {table && <CompareTable model={model} comparison={comparison} from={from} to={to} lang={lang} />}
    </div>
  );
}
