import { Fragment, type ReactNode } from 'react';
import type { Span } from '../../pipeline/types';
import { segmentText, type Range } from './segments';

interface Props {
  text: string;
  spans: readonly Span[];
  marks: readonly Range[];
  /** Prefix for footnote anchors, unique per passage on the page. */
  idPrefix: string;
}

export function PassageText({ text, spans, marks, idPrefix }: Props) {
  return (
    <>
      {segmentText(text, spans, marks).map((s, i) => {
        let node: ReactNode = s.text;
        if (s.footnote !== null) {
          node = (
            <sup>
              <a href={`#${idPrefix}-fn-${s.footnote}`} aria-describedby={`${idPrefix}-fn-${s.footnote}`}>
                {s.text}
              </a>
            </sup>
          );
        } else if (s.superscript) node = <sup>{node}</sup>;
        if (s.emphasis) node = <em>{node}</em>;
        if (s.strong) node = <strong>{node}</strong>;
        if (s.mark) node = <mark>{node}</mark>;
        return <Fragment key={i}>{node}</Fragment>;
      })}
    </>
  );
}
