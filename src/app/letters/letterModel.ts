/**
 * One letter of several, as the app shows it: counts, regions, passages, sections and steps
 * from that letter alone, counted with the build's own function (src/pipeline/mentionIndex.ts).
 * The link ids stay those of the index, so a link to another letter's passage still parses.
 */
import type { indexMentions } from '../../pipeline/mentionIndex';
import type { LetterDocument } from '../../pipeline/types';
import type { withMentions, withProperties, withRegionMentions } from '../data/load';
import { buildModel, type AtlasModel } from '../data/model';

/**
 * The counting functions the first load already has, handed in rather than imported: an import
 * from this on-demand chunk would split them into a chunk of their own, which costs first-load
 * bytes in every build, with one letter or many.
 */
export interface Counting {
  indexMentions: typeof indexMentions;
  withMentions: typeof withMentions;
  withProperties: typeof withProperties;
  withRegionMentions: typeof withRegionMentions;
}

/** `doc` as `all` would show it had the visit opened with it; the ids a link may name stay `all`'s. */
export function letterModel(all: AtlasModel, doc: LetterDocument, { indexMentions, withMentions, withProperties, withRegionMentions }: Counting): AtlasModel {
  const { data } = all;
  const named = data.allRegions ?? data.atlas.regions;
  const index = indexMentions([doc], named, data.atlas.themes);
  const countries = withMentions(data.countries, index);
  const regions = withRegionMentions(named, index);
  const detail = data.detail;
  const model = buildModel({
    ...data,
    atlas: { ...data.atlas, regions },
    countries,
    letters: { documents: [doc] },
    // The detailed shapes carry the counts of the letter shown, as the overview does.
    detail: detail && (() => detail().then((d) => withProperties(d, countries))),
  });
  return { ...model, known: all.known };
}
