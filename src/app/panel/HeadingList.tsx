import { useTranslation } from 'react-i18next';
import type { Lang, Mention, Section } from '../../pipeline/types';
import { passageRef, type AtlasModel } from '../data/model';
import { PassageText } from './PassageText';

interface Props {
  model: AtlasModel;
  /** Section refs "docId#sectionId" whose heading names the selection. */
  refs: readonly string[];
  lang: Lang;
  isMarked: (m: Mention) => boolean;
  /** The list's heading: its id (unique on the page) and level. */
  headingId?: string;
  level?: 3 | 4;
}

/**
 * Headings that name the selection ("We blijven Oekraïne steunen"): a heading is a section's
 * title, not a passage, so it is shown as a title, under its chapter, with the name marked.
 */
export function HeadingList({ model, refs, lang, isMarked, headingId = 'panel-headings', level = 3 }: Props) {
  const Heading = `h${level}` as const;
  const { t } = useTranslation();
  const items = refs
    .map((ref) => {
      const section = model.sectionById.get(ref);
      const parent = section && section.level === 2 ? model.sectionById.get(passageRef(ref.slice(0, ref.lastIndexOf('/')), section.id.split('.')[0]!)) : undefined;
      return section ? { ref, section, parent } : null;
    })
    .filter((x): x is { ref: string; section: Section; parent: Section | undefined } => x !== null);
  if (items.length === 0) return null;
  const textLang = lang === 'nl' ? undefined : 'nl';
  const title = (s: Section) => (s.number ? `${s.number}. ` : '');
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>
        {t('panel.headings')} ({items.length})
      </Heading>
      <ul className="passages">
        {items.map(({ ref, section, parent }) => (
          <li key={ref} className="passage">
            <p className="heading-mention" lang={textLang}>
              {parent && <span className="passage-heading">{`${title(parent)}${parent.title} › `}</span>}
              <strong>
                {title(section)}
                <PassageText text={section.title} spans={section.spans} marks={(section.mentions ?? []).filter(isMarked)} idPrefix={`h-${ref.replace(/[^\w-]/g, '-')}`} />
              </strong>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
