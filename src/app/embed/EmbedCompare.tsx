import type { ReactNode, RefObject } from 'react';
import type { CountryPaint } from '../../map/contract';
import type { Lang, LetterDocument } from '../../pipeline/types';
import { ChunkState } from '../components/ChunkState';
import type { AtlasModel } from '../data/model';
import { compareChunk } from '../letters/compareChunk';

interface Props {
  model: AtlasModel;
  letters: readonly LetterDocument[];
  ids: readonly [string, string];
  lang: Lang;
  /** Show the comparison's legend (`controls=` has `legend`). */
  legend: boolean;
  mapRef: RefObject<HTMLDivElement | null>;
  map(paint: Map<string, CountryPaint>): ReactNode;
}

/**
 * `?embed=1&compare=a,b`: the map painted by change and its legend where the embed keeps its
 * legend. No table: an embed keeps its planned height, and the full atlas is one link away.
 */
export function EmbedCompare({ model, letters, ids, lang, legend, mapRef, map }: Props) {
  const chunk = compareChunk.useModule(true);
  if (!chunk.module) return <ChunkState className="hint" failed={chunk.failed} retry={chunk.retry} />;
  const { CompareStage, CompareLegend } = chunk.module;
  return (
    <>
      <div className="embed-map" ref={mapRef}>
        <CompareStage model={model} letters={letters} ids={ids} lang={lang} map={map} legend={false} table={false} />
      </div>
      {legend && (
        <div className="embed-legend" data-map-cover="">
          <CompareLegend />
        </div>
      )}
    </>
  );
}
