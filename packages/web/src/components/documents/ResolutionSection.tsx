import type { DocumentDetail, DocumentParagraph } from '@mandate-tracker/shared';
import { Fragment } from 'react';
import { isAnnexHeading, resolutionHeading } from './document-text.ts';
import { ParagraphBlock } from './ParagraphBlock.tsx';

export type DocumentResolution = DocumentDetail['resolutions'][number];

/** The anchor of a resolution in the reading view and its table of contents. */
export function resolutionAnchor(resolution: Pick<DocumentResolution, 'id'>): string {
  return `resolution-${resolution.id}`;
}

function ParagraphList({ paragraphs, label }: { paragraphs: readonly DocumentParagraph[]; label: string }) {
  return (
    <ol className="paragraphs" aria-label={label}>
      {paragraphs.map((paragraph) => (
        <ParagraphBlock key={paragraph.id} paragraph={paragraph} />
      ))}
    </ol>
  );
}

/** An annex's paragraphs, with its own unnumbered heading lines ("Preamble", "I. …") set as headings. */
function AnnexBody({ paragraphs }: { paragraphs: readonly DocumentParagraph[] }) {
  const runs: { heading: string | null; paragraphs: DocumentParagraph[] }[] = [{ heading: null, paragraphs: [] }];
  for (const paragraph of paragraphs) {
    if (isAnnexHeading(paragraph)) runs.push({ heading: paragraph.text, paragraphs: [] });
    else runs.at(-1)!.paragraphs.push(paragraph);
  }
  return runs.map((run, index) => (
    <Fragment key={index}>
      {run.heading !== null && <h5 className="annex__subheading">{run.heading}</h5>}
      {run.paragraphs.length > 0 && <ParagraphList paragraphs={run.paragraphs} label={run.heading ?? 'Annex text'} />}
    </Fragment>
  ));
}

/**
 * One resolution or decision: its title and symbols, preambular paragraphs, operative
 * paragraphs, and its annexes set apart.
 */
export function ResolutionSection({ resolution }: { resolution: DocumentResolution }) {
  const heading = resolutionHeading(resolution);
  const headingId = `${resolutionAnchor(resolution)}-heading`;
  const mandateCount = [
    ...resolution.preamble,
    ...resolution.operative,
    ...resolution.annexes.flatMap((a) => a.paragraphs),
  ].flatMap((paragraph) => paragraph.mandates).length;
  return (
    <section id={resolutionAnchor(resolution)} className="resolution card" aria-labelledby={headingId} tabIndex={-1}>
      <h2 id={headingId} className="resolution__heading">
        <span className="resolution__label">{heading}</span>
        <span className="resolution__title">{resolution.title}</span>
      </h2>
      <dl className="facts resolution__facts">
        <dt>Draft symbol</dt>
        <dd>{resolution.draftSymbol ?? <span className="muted">not given</span>}</dd>
        <dt>Adopted as</dt>
        <dd>{resolution.adoptedSymbol ?? <span className="muted">not recorded yet</span>}</dd>
        <dt>Mandates</dt>
        <dd>{mandateCount}</dd>
      </dl>
      {resolution.preamble.length > 0 && (
        <>
          <h3 className="resolution__part">Preamble</h3>
          <ParagraphList paragraphs={resolution.preamble} label={`${heading}, preambular paragraphs`} />
        </>
      )}
      {resolution.operative.length > 0 && (
        <>
          <h3 className="resolution__part">Operative paragraphs</h3>
          <ParagraphList paragraphs={resolution.operative} label={`${heading}, operative paragraphs`} />
        </>
      )}
      {resolution.annexes.map((annex) => (
        <aside
          key={annex.index}
          className="annex"
          aria-labelledby={`${resolutionAnchor(resolution)}-annex-${annex.index}`}
        >
          <h4 id={`${resolutionAnchor(resolution)}-annex-${annex.index}`} className="annex__heading">
            Annex{resolution.annexes.length > 1 ? ` ${annex.index + 1}` : ''} to{' '}
            {heading.charAt(0).toLowerCase() + heading.slice(1)}
          </h4>
          <AnnexBody paragraphs={annex.paragraphs} />
        </aside>
      ))}
    </section>
  );
}
