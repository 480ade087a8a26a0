import type { DraftSource, PositioningDraft } from '../positioning';
import type { LibraryTemplate } from './library';
import type { TemplateInput, TemplateOf } from './template';

/**
 * Between positioning drafts and positioning templates. A built-in template starts a draft the
 * way the new-draft form always has (its method's empty fields); a user's template starts one
 * with the fields it saved, starter text included. Saving a draft as a template keeps its
 * method and its working copy's fields.
 */

/** Where a draft from this positioning template starts, for `PositioningRepo.createDraft`. */
export function draftSourceOf(
  template: TemplateOf<'positioning'> & Pick<LibraryTemplate, 'builtIn'>,
): DraftSource {
  return template.builtIn
    ? { kind: 'template', template: template.body.base }
    : { kind: 'fields', template: template.body.base, fields: template.body.fields };
}

/** A positioning template's input from a draft's working copy. */
export function templateFromDraft(
  draft: Pick<PositioningDraft, 'template' | 'fields'>,
  name: string,
  description?: string,
): TemplateInput {
  return {
    kind: 'positioning',
    name,
    description,
    body: { base: draft.template, fields: draft.fields },
  };
}
