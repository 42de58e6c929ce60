import type { DocumentDetail } from '@mandate-tracker/shared';
import { resolutionHeading } from './document-text.ts';
import { resolutionAnchor } from './ResolutionSection.tsx';

/** The table of contents of the reading view: one link per resolution, with its mandate count. */
export function DocumentContents({ resolutions }: { resolutions: DocumentDetail['resolutions'] }) {
  return (
    <nav aria-labelledby="document-contents-heading" className="document-contents card">
      <h2 id="document-contents-heading">Contents</h2>
      <ol>
        {resolutions.map((resolution) => {
          const mandates = [
            ...resolution.preamble,
            ...resolution.operative,
            ...resolution.annexes.flatMap((annex) => annex.paragraphs),
          ].reduce((count, paragraph) => count + paragraph.mandates.length, 0);
          return (
            <li key={resolution.id}>
              <a href={`#${resolutionAnchor(resolution)}`}>
                <span className="document-contents__label">{resolutionHeading(resolution)}</span>
                <span className="document-contents__title">{resolution.title}</span>
              </a>
              <span className="muted document-contents__count">
                {mandates} {mandates === 1 ? 'mandate' : 'mandates'}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
