import { mandateReference } from '@mandate-tracker/shared';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { PlannerOnly } from '../components/auth/PlannerOnly.tsx';
import { ChangeHistory } from '../components/mandate/ChangeHistory.tsx';
import { CorrectionForm } from '../components/mandate/CorrectionForm.tsx';
import { Deliverables } from '../components/mandate/Deliverables.tsx';
import { ExtractedFacts } from '../components/mandate/ExtractedFacts.tsx';
import { FundingPanel } from '../components/mandate/FundingPanel.tsx';
import { LinksPanel } from '../components/mandate/LinksPanel.tsx';
import { errorCode } from '../components/mandate/mandate-queries.ts';
import { ParagraphHighlights } from '../components/mandate/ParagraphHighlights.tsx';
import { PlanningForm } from '../components/mandate/PlanningForm.tsx';
import { ReportingObligations } from '../components/mandate/ReportingObligations.tsx';
import { ServerErrorNotice } from '../components/ServerErrorNotice.tsx';
import { formatSession } from '../format.ts';
import { useTRPC, type RouterOutputs } from '../trpc.ts';

type MandateDetail = RouterOutputs['mandates']['get'];

function Section({
  id,
  title,
  children,
  wide,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
  wide?: boolean;
}) {
  return (
    <section className={`card${wide ? ' span-all' : ''}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function ResolutionContext({ mandate }: { mandate: MandateDetail }) {
  const { document, resolution, paragraph } = mandate;
  return (
    <dl className="facts">
      <dt>Document</dt>
      <dd>
        {document.symbol ?? 'No symbol'}
        {document.title !== null && ` — ${document.title}`}
        {document.body !== null && ` (${formatSession(document.body, document.session)})`}
      </dd>
      <dt>{resolution.kind === 'decision' ? 'Decision' : 'Resolution'}</dt>
      <dd>
        {resolution.label}: {resolution.title}
      </dd>
      <dt>Draft symbol</dt>
      <dd>{resolution.draftSymbol ?? <span className="muted">Not given</span>}</dd>
      <dt>Adopted symbol</dt>
      <dd>{resolution.adoptedSymbol ?? <span className="muted">Not known yet (the report precedes adoption)</span>}</dd>
      <dt>Paragraph</dt>
      <dd>
        {paragraph.number ?? 'Unnumbered'} (
        {paragraph.part === 'annex' ? `annex ${paragraph.annexIndex ?? ''}` : 'operative'})
      </dd>
    </dl>
  );
}

function MandateView({ mandate }: { mandate: MandateDetail }) {
  const reference = mandateReference(mandate.documentSymbol, mandate.resolutionLabel, mandate.paragraphNumber);
  return (
    <>
      <title>{`${reference} · mandate-tracker`}</title>
      <p className="context-line">
        <Link to="/">Planner workspace</Link> › Mandate
      </p>
      <h1>Mandate {reference}</h1>
      <p className="page-intro">{mandate.resolutionTitle}</p>
      <div className="mandate-layout">
        <Section id="paragraph-heading" title="The paragraph in its resolution" wide>
          <ResolutionContext mandate={mandate} />
          <ParagraphHighlights mandate={mandate} />
        </Section>
        <Section id="facts-heading" title="Extracted facts">
          <ExtractedFacts mandate={mandate} />
          <PlannerOnly what="correct an extracted fact">
            <details>
              <summary>Correct an extracted fact</summary>
              <CorrectionForm mandate={mandate} />
            </details>
          </PlannerOnly>
        </Section>
        <Section id="planning-heading" title="Planning">
          <PlanningForm mandate={mandate} />
        </Section>
        <Section id="obligations-heading" title="Reporting obligations" wide>
          <ReportingObligations mandateId={mandate.id} />
        </Section>
        <Section id="deliverables-heading" title="Deliverables">
          <Deliverables mandate={mandate} />
        </Section>
        <Section id="funding-heading" title="Funding">
          <FundingPanel mandateId={mandate.id} />
        </Section>
        <Section id="links-heading" title="Projects and budget lines">
          <LinksPanel mandate={mandate} />
        </Section>
        <Section id="history-heading" title="History of changes">
          <ChangeHistory mandate={mandate} />
        </Section>
      </div>
    </>
  );
}

/** One mandate: its paragraph with the extracted facts marked, corrections, planning, deadlines, deliverables, links. */
export function MandatePage() {
  const trpc = useTRPC();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const mandate = useQuery({ ...trpc.mandates.get.queryOptions({ id: valid ? id : 1 }), enabled: valid });

  if (!valid || (mandate.isError && errorCode(mandate.error) === 'NOT_FOUND')) {
    return (
      <>
        <title>Mandate not found · mandate-tracker</title>
        <h1>Mandate not found</h1>
        <p>
          There is no mandate with this number. It may have been removed by a re-import. Find it again from the{' '}
          <Link to="/">Planner workspace</Link>.
        </p>
      </>
    );
  }
  if (mandate.isError) {
    return (
      <>
        <title>Mandate · mandate-tracker</title>
        <h1>Mandate</h1>
        <ServerErrorNotice error={mandate.error} onRetry={() => void mandate.refetch()} retrying={mandate.isFetching} />
      </>
    );
  }
  if (!mandate.data) {
    return (
      <>
        <title>Mandate · mandate-tracker</title>
        <h1>Mandate</h1>
        <p role="status" className="loading">
          Loading the mandate…
        </p>
      </>
    );
  }
  return <MandateView mandate={mandate.data} />;
}
