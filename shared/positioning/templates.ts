import type { DraftField, FieldKind, PositioningTemplateId } from '../domain/positioning';

/** One field a template asks for, with the one-line hint shown under it. */
export interface TemplateField {
  key: string;
  label: string;
  kind: FieldKind;
  hint: string;
  /** Fewest entries a list or claims field should have before approval; a guide, not a gate. */
  minEntries?: number;
  /** Most entries the template calls for. */
  maxEntries?: number;
  optional?: boolean;
}

/** A built-in positioning template. */
export interface PositioningTemplate {
  id: PositioningTemplateId;
  name: string;
  /** Where the method comes from, shown beside the name. */
  source?: string;
  description: string;
  fields: readonly TemplateField[];
}

/** The built-in templates, in the order the new-draft form offers them. */
export const TEMPLATES: readonly PositioningTemplate[] = [
  {
    id: 'positioning-statement',
    name: 'Positioning statement',
    source: 'Geoffrey Moore, Crossing the Chasm',
    description: 'One sentence: for whom, what need, what it is, why it wins.',
    fields: [
      {
        key: 'target-customer',
        label: 'Target customer',
        kind: 'text',
        hint: 'The specific customer segment you serve best.',
      },
      {
        key: 'need',
        label: 'Need or opportunity',
        kind: 'text',
        hint: 'The compelling reason to buy, in the customer’s words.',
      },
      {
        key: 'product-name',
        label: 'Product name',
        kind: 'text',
        hint: 'What the customer will call it.',
      },
      {
        key: 'product-category',
        label: 'Product category',
        kind: 'text',
        hint: 'The market category the customer already understands.',
      },
      {
        key: 'key-benefit',
        label: 'Key benefit',
        kind: 'text',
        hint: 'The one benefit that makes the need go away.',
      },
      {
        key: 'competitive-alternative',
        label: 'Primary competitive alternative',
        kind: 'text',
        hint: 'What the customer would use instead, including doing nothing.',
      },
      {
        key: 'differentiation',
        label: 'Primary differentiation',
        kind: 'text',
        hint: 'Why you win against that alternative, provably.',
      },
    ],
  },
  {
    id: 'positioning-canvas',
    name: 'Positioning canvas',
    source: 'April Dunford, Obviously Awesome',
    description:
      'Alternatives, unique attributes, the value they enable, who cares most, the market you win.',
    fields: [
      {
        key: 'competitive-alternatives',
        label: 'Competitive alternatives',
        kind: 'list',
        hint: 'What customers would do if the product did not exist.',
        minEntries: 1,
      },
      {
        key: 'unique-attributes',
        label: 'Unique attributes',
        kind: 'list',
        hint: 'Capabilities the alternatives do not have.',
        minEntries: 1,
      },
      {
        key: 'value-themes',
        label: 'Value themes',
        kind: 'claims',
        hint: 'The value the attributes enable, each with its proof.',
        minEntries: 1,
      },
      {
        key: 'best-fit-customers',
        label: 'Best-fit customers',
        kind: 'text',
        hint: 'Who cares most about that value, and why.',
      },
      {
        key: 'market-category',
        label: 'Market category',
        kind: 'text',
        hint: 'The frame of reference that makes the value obvious.',
      },
      {
        key: 'relevant-trends',
        label: 'Relevant trends',
        kind: 'list',
        hint: 'Optional: trends that make the value more pressing now.',
        optional: true,
      },
    ],
  },
  {
    id: 'message-house',
    name: 'Message house',
    description:
      'A core message as the roof, three or four pillars, proof points as the foundation.',
    fields: [
      {
        key: 'core-message',
        label: 'Core message',
        kind: 'text',
        hint: 'The roof: the one thing the audience should remember.',
      },
      {
        key: 'pillars',
        label: 'Pillars',
        kind: 'claims',
        hint: 'Three or four pillars, each with the proof points under it (one per line).',
        minEntries: 3,
        maxEntries: 4,
      },
    ],
  },
  {
    id: 'joint-value-proposition',
    name: 'Joint value proposition',
    description:
      'What the joint offer does for the shared customer, what each side brings, and why neither could claim it alone.',
    fields: [
      {
        key: 'joint-offer',
        label: 'What the joint offer does for the customer',
        kind: 'text',
        hint: 'The outcome for the shared customer, in their words.',
      },
      {
        key: 'we-bring',
        label: 'What we bring',
        kind: 'text',
        hint: 'Our contribution to the joint offer.',
      },
      {
        key: 'partner-brings',
        label: 'What the partner brings',
        kind: 'text',
        hint: 'The partner’s contribution to the joint offer.',
      },
      {
        key: 'neither-alone',
        label: 'Neither alone',
        kind: 'text',
        hint: 'Why the claim would be false for either company on its own.',
      },
      {
        key: 'proof',
        label: 'Proof',
        kind: 'list',
        hint: 'Customers, numbers or references that back the claim.',
        minEntries: 1,
      },
    ],
  },
  {
    id: 'blank',
    name: 'Blank',
    description: 'Fields you name yourself.',
    fields: [],
  },
];

/** The template with this id. */
export function templateById(id: PositioningTemplateId): PositioningTemplate {
  const found = TEMPLATES.find((template) => template.id === id);
  if (!found) throw new Error(`Unknown positioning template: ${id}`);
  return found;
}

/** The empty fields a new draft from this template starts with. */
export function emptyFields(id: PositioningTemplateId): DraftField[] {
  return templateById(id).fields.map((field): DraftField => {
    switch (field.kind) {
      case 'text':
        return { key: field.key, label: field.label, kind: 'text', value: '' };
      case 'list':
        return { key: field.key, label: field.label, kind: 'list', value: [] };
      case 'claims':
        return { key: field.key, label: field.label, kind: 'claims', value: [] };
    }
  });
}

/** The hint for a field of a template, if the template defines it. */
export function hintFor(id: PositioningTemplateId, key: string): string | undefined {
  return templateById(id).fields.find((field) => field.key === key)?.hint;
}
