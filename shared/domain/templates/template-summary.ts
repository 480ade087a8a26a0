import { fieldToText, isFieldEmpty } from '../../positioning/field-text';
import { templateById } from '../../positioning/templates';
import { minorDigits, type Currency } from '../strategy/money';
import { SCORECARD_METRIC_INFO } from './scorecard-metrics';
import type { ScorecardRow, TemplateContent } from './template';

/**
 * A template's content as plain lines, for the export's Templates sheet and for a merge
 * conflict's value: what a reader needs to recognise the template without the app.
 */

/** A scorecard row's target as people write it: "50000 EUR", "5", "30%". */
export function targetText(
  row: Pick<ScorecardRow, 'metric' | 'target'>,
  currency: Currency,
): string {
  switch (SCORECARD_METRIC_INFO[row.metric].unit) {
    case 'money':
      return `${(row.target / 10 ** minorDigits(currency)).toLocaleString('en-US')} ${currency}`;
    case 'percent':
      return `${row.target}%`;
    case 'count':
      return String(row.target);
  }
}

/** The content of a template as lines of text; money in `workbookCurrency` unless it names one. */
export function templateSummary(template: TemplateContent, workbookCurrency: Currency): string[] {
  switch (template.kind) {
    case 'positioning':
      return [
        `Method: ${templateById(template.body.base).name}`,
        ...template.body.fields.map((field) =>
          isFieldEmpty(field) ? field.label : `${field.label}: ${fieldToText(field)}`,
        ),
      ];
    case 'partner-plan':
      return [
        ...(template.body.visionPrompt ? [`Vision: ${template.body.visionPrompt}`] : []),
        ...template.body.objectives.map((objective) => `${objective.title} — ${objective.measure}`),
      ];
    case 'qbr-agenda':
      return template.body.items.map(
        (item) => `${item.title} (${item.minutes} min)${item.owner ? ` — ${item.owner}` : ''}`,
      );
    case 'scorecard': {
      const currency = template.body.currency ?? workbookCurrency;
      return template.body.rows.map(
        (row) =>
          `${SCORECARD_METRIC_INFO[row.metric].name}: target ${targetText(row, currency)}, ` +
          `weight ${row.weight}`,
      );
    }
  }
}
