import { Fragment, type ReactNode } from 'react';
import type { Span } from '../../pipeline/types';
import { segmentText, type Range, type Segment } from './segments';

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
        let node = segmentNode(s, idPrefix);
        if (s.mark) node = <mark>{node}</mark>;
        return <Fragment key={i}>{node}</Fragment>;
      })}
    </>
  );
}

/**
 * One piece of passage text with its markup: footnote marker (a link to the footnote), superscript,
 * emphasis, strong. Marks are the caller's business (the panel marks mentions, the reading view
 * makes them buttons).
 */
export function segmentNode(seg: Segment, idPrefix: string): ReactNode {
  let node: ReactNode = seg.text;
  if (seg.footnote !== null) {
    node = (
      <sup>
        <a href={`#${idPrefix}-fn-${seg.footnote}`} aria-describedby={`${idPrefix}-fn-${seg.footnote}`}>
          {seg.text}
        </a>
      </sup>
    );
  } else if (seg.superscript) node = <sup>{node}</sup>;
  if (seg.emphasis) node = <em>{node}</em>;
  if (seg.strong) node = <strong>{node}</strong>;
  return node;
}
