import '../positioning/positioning.css';
import '../../ui/print.css';
import './brief.css';
import { partnerBriefMarkdown } from '../../../../shared/files/export/partner-brief';
import { PARTNER_TYPE_LABELS, STAGE_LABELS } from '../../../../shared/domain/labels';
import { AUDIENCE_LABELS } from '../../../../shared/positioning/labels';
import { assembleStatement } from '../../../../shared/positioning/sentence';
import { useHost } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { DocumentActions, fileSafe } from '../../ui/DocumentActions';
import { FieldsReadout } from '../positioning/FieldsReadout';
import { useTierLabels } from '../settings/use-tier-labels';
import { usePartnerBrief } from './use-brief';

/**
 * A partner's one-page brief — profile, contacts, approved positioning — laid out for print, with
 * Markdown to copy or save and a PDF from the print engine (the desktop app writes the file; a
 * browser offers its print dialog, where "Save as PDF" is one choice).
 */
export function BriefView({ partnerId }: { partnerId: string }) {
  const host = useHost();
  const loaded = usePartnerBrief(partnerId);
  const tierLabels = useTierLabels();
  const { openView, showNotice } = useUiActions();
  if (loaded === undefined) return <p className="muted loading">Preparing the brief…</p>;
  if (loaded === null) return <p className="muted loading">This partner no longer exists.</p>;
  const brief = { ...loaded, tierLabels };
  const { partner, contacts, approved } = brief;
  const facts: [string, string | undefined][] = [
    ['Types', partner.types.map((t) => PARTNER_TYPE_LABELS[t]).join(', ')],
    ['Stage', STAGE_LABELS[partner.stage]],
    ['Tier', partner.tier === 'none' ? undefined : tierLabels[partner.tier]],
    ['Region', partner.region],
    ['Industry', partner.industry],
    ['Owner', partner.owner],
    ['Website', partner.website],
    [
      'Recorded health',
      partner.healthScore === undefined ? undefined : `${partner.healthScore} of 100`,
    ],
    ['Tags', partner.tags.join(', ')],
  ];
  return (
    <article className="printable-page brief" aria-labelledby="brief-title">
      <DocumentActions
        label="Brief actions"
        noun="the brief"
        fileName={`${fileSafe(partner.name)} brief`}
        markdown={() => partnerBriefMarkdown(brief)}
        host={host}
        notify={showNotice}
      >
        <button type="button" onClick={() => openView({ name: 'partners' })}>
          Back to partners
        </button>
      </DocumentActions>
      <h2 id="brief-title">{partner.name}</h2>
      <dl className="facts-list">
        {facts
          .filter((fact): fact is [string, string] => Boolean(fact[1]))
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {partner.notes ? <p className="prose">{partner.notes}</p> : null}
      <h3>Contacts</h3>
      {contacts.length === 0 ? (
        <p className="muted">No contacts yet.</p>
      ) : (
        <ul className="brief-contacts">
          {contacts.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong>
              {[c.role, c.email, c.phone].filter(Boolean).map((detail) => ` · ${detail ?? ''}`)}
            </li>
          ))}
        </ul>
      )}
      <h3>Approved positioning</h3>
      {approved.length === 0 ? (
        <p className="muted">No positioning has been approved yet.</p>
      ) : null}
      {approved.map(({ draft, head }) => {
        const fields = head?.fields ?? draft.fields;
        return (
          <section key={draft.id} className="brief-positioning" aria-label={draft.title}>
            <h4>
              {head?.title ?? draft.title}{' '}
              <span className="muted">· {AUDIENCE_LABELS[draft.audience]}</span>
            </h4>
            {draft.template === 'positioning-statement' ? (
              <blockquote>{assembleStatement(fields).text}</blockquote>
            ) : null}
            <FieldsReadout fields={fields} />
          </section>
        );
      })}
    </article>
  );
}
