import { PARTNER_TYPE_LABELS, STAGE_LABELS } from '../../../../shared/domain/labels';
import { ASK_STATUS_LABELS } from '../../../../shared/domain/people/people-labels';
import { periodLabel } from '../../../../shared/domain/strategy/period';
import {
  FIGURE_REASON_TEXT,
  PLAN_STATUS_LABELS,
} from '../../../../shared/domain/strategy/strategy-labels';
import { fieldToText } from '../../../../shared/positioning/field-text';
import { AUDIENCE_LABELS } from '../../../../shared/positioning/labels';
import {
  escapeMarkdownBlock,
  escapeMarkdownLine,
} from '../../../../shared/positioning/markdown-escape';
import { progressText } from '../plans/ProgressBar';
import { moneyText, numberText, oneUnitText } from '../performance/figure-text';
import { BAND_TEXT } from '../performance/HealthCard';
import { perHourSentence, perMoneySentence, perUnitText } from '../performance/ReturnCard';
import { stalledText } from './ask-rows';
import type { BusinessCase } from './business-case';

/**
 * A partner's business case as Markdown, to paste into an email or a wiki: the same sections and
 * the same sentences as the page, built with the performance and plan screens' own wording. All
 * user text is escaped, so nothing a user typed turns into markup.
 */

const line = (label: string, value: string | undefined): string[] =>
  value ? [`- **${label}:** ${value}`] : [];

function healthText(bc: BusinessCase): string {
  const { score, band } = bc.figures.health;
  if (score.value === undefined) return FIGURE_REASON_TEXT[score.reason];
  return band === undefined
    ? `${score.value} of 100`
    : `${score.value} of 100 · ${BAND_TEXT[band]}`;
}

function valueSection(bc: BusinessCase): string[] {
  const { partner, figures, currency } = bc;
  const { revenue } = figures.health.components;
  const facts = [
    ...line('Types', partner.types.map((type) => PARTNER_TYPE_LABELS[type]).join(', ')),
    ...line('Stage', STAGE_LABELS[partner.stage]),
    ...line('Tier', bc.tierLabel && escapeMarkdownLine(bc.tierLabel)),
    ...line('Region', partner.region && escapeMarkdownLine(partner.region)),
    ...line('Industry', partner.industry && escapeMarkdownLine(partner.industry)),
    ...line('Owner', partner.owner && escapeMarkdownLine(partner.owner)),
    ...line('Health', healthText(bc)),
    ...line('Sourced revenue, last 12 months', moneyText(revenue.sourcedMinor, currency)),
    ...line('Influenced revenue, last 12 months', moneyText(revenue.influencedMinor, currency)),
  ];
  const quarters = figures.sourced.buckets
    .map((bucket, index) => ({ bucket, other: figures.influenced.buckets[index] }))
    .reverse()
    .map(
      ({ bucket, other }) =>
        `| ${bucket.key} | ${moneyText(bucket.amountMinor, currency)} | ${moneyText(other?.amountMinor ?? 0, currency)} |`,
    );
  return [
    '## The partnership',
    facts.join('\n'),
    'Sourced and influenced revenue are counted apart and never added together.',
    [
      '| Quarter | Sourced revenue | Influenced revenue |',
      '| --- | ---: | ---: |',
      ...quarters,
    ].join('\n'),
  ];
}

function positioningSection(bc: BusinessCase): string[] {
  const blocks = ['## Approved positioning'];
  if (bc.positioning.length === 0) blocks.push('_No positioning has been approved yet._');
  for (const p of bc.positioning) {
    blocks.push(`### ${escapeMarkdownLine(p.title)} (${AUDIENCE_LABELS[p.audience]})`);
    if (p.statement !== undefined) {
      blocks.push(`> ${escapeMarkdownLine(p.statement)}`);
      continue;
    }
    const fields = p.fields
      .map((field) => ({ label: field.label, text: fieldToText(field).trim() }))
      .filter((field) => field.text !== '')
      .map((field) => `**${escapeMarkdownLine(field.label)}:** ${escapeMarkdownBlock(field.text)}`);
    blocks.push(fields.length === 0 ? '_Every field is empty._' : fields.join('\n\n'));
  }
  return blocks;
}

function planSection(bc: BusinessCase): string[] {
  const { plan } = bc;
  if (!plan) return ['## Plan objectives', '_No plan in progress or covering today._'];
  const heading = `## Plan objectives: ${periodLabel(plan.period)} (${PLAN_STATUS_LABELS[plan.status]})`;
  if (plan.objectives.length === 0) return [heading, '_The plan has no objectives yet._'];
  return [
    heading,
    plan.objectives
      .map(
        (o) =>
          `- **${escapeMarkdownLine(o.title)}** (${escapeMarkdownLine(o.measure)}): ${progressText(o.progress, o.unit)}`,
      )
      .join('\n'),
  ];
}

function returnSection(bc: BusinessCase): string[] {
  const [current] = bc.figures.returns;
  if (current === undefined) return [];
  const { currency } = current;
  const unit = oneUnitText(currency);
  const perMoney = (value: number | undefined) =>
    value === undefined ? '—' : perUnitText(value, currency);
  const rows = bc.figures.returns.map(
    (r) =>
      `| ${periodLabel(r.period)} | ${moneyText(r.investedMinor, currency)} | ${numberText(r.hours)} | ${perMoney(r.sourced.perMoneyInvested.value)} | ${perMoney(r.influenced.perMoneyInvested.value)} |`,
  );
  return [
    '## Return on investment',
    `This quarter (${periodLabel(current.period)}):`,
    [
      perMoneySentence(current.sourced, 'sourced', currency),
      perMoneySentence(current.influenced, 'influenced', currency),
      perHourSentence(current.sourced, 'sourced', currency),
      perHourSentence(current.influenced, 'influenced', currency),
    ]
      .map((sentence) => `- ${sentence}`)
      .join('\n'),
    [
      `| Quarter | Money invested | Hours | Sourced per ${unit} | Influenced per ${unit} |`,
      '| --- | ---: | ---: | ---: | ---: |',
      ...rows,
    ].join('\n'),
  ];
}

function asksSection(bc: BusinessCase): string[] {
  if (bc.asks.length === 0) return ['## Asks', '_Nothing has been asked of colleagues yet._'];
  const items = bc.asks.map(({ ask, stakeholderName, flag, daysWaiting }) => {
    const status = [
      ASK_STATUS_LABELS[ask.status],
      ask.askedAt === undefined ? undefined : `asked on ${ask.askedAt}`,
      flag === 'stalled' && daysWaiting !== undefined ? stalledText(daysWaiting) : undefined,
    ]
      .filter(Boolean)
      .join(' · ');
    const details = [
      ask.why && `  - Why: ${escapeMarkdownLine(ask.why)}`,
      ask.outcome && `  - Outcome: ${escapeMarkdownLine(ask.outcome)}`,
    ].filter(Boolean);
    const head = `- **${escapeMarkdownLine(ask.what)}**, of ${escapeMarkdownLine(stakeholderName)}: ${status}`;
    return [head, ...details].join('\n');
  });
  return ['## Asks', items.join('\n')];
}

/** The business case as a Markdown document. */
export function businessCaseMarkdown(bc: BusinessCase): string {
  const blocks = [
    `# ${escapeMarkdownLine(bc.partner.name)}: business case`,
    `_As of ${bc.today}._`,
    ...valueSection(bc),
    ...positioningSection(bc),
    ...planSection(bc),
    ...returnSection(bc),
    ...asksSection(bc),
  ];
  return `${blocks.join('\n\n')}\n`;
}
