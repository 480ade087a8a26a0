import type { Feedback, Sentiment, SpeakerKind } from '../../../../shared/domain/people/voice';

/**
 * A feedback entry as its dialog holds it, and the reading of that into the fields FeedbackRepo
 * validates. The positioning draft is only the way to the iteration: it is not stored.
 */

/** A feedback entry's form: every value a string ('' for none). */
export interface FeedbackForm {
  speakerKind: SpeakerKind;
  speakerName: string;
  speakerOrganisation: string;
  date: string;
  words: string;
  theme: string;
  sentiment: Sentiment;
  partnerId: string;
  draftId: string;
  positioningIterationId: string;
}

/** A new entry's form, dated today, about the given partner if any. */
export function emptyFeedbackForm(today: string, partnerId = ''): FeedbackForm {
  return {
    speakerKind: 'partner-contact',
    speakerName: '',
    speakerOrganisation: '',
    date: today,
    words: '',
    theme: '',
    sentiment: 'neutral',
    partnerId,
    draftId: '',
    positioningIterationId: '',
  };
}

/** A stored entry's form; the draft of its iteration is filled in once known. */
export function feedbackToForm(entry: Feedback, draftId = ''): FeedbackForm {
  return {
    speakerKind: entry.speakerKind,
    speakerName: entry.speakerName,
    speakerOrganisation: entry.speakerOrganisation ?? '',
    date: entry.date,
    words: entry.words,
    theme: entry.theme,
    sentiment: entry.sentiment,
    partnerId: entry.partnerId ?? '',
    draftId,
    positioningIterationId: entry.positioningIterationId ?? '',
  };
}

/** The fields FeedbackRepo.create and update take; no partner or iteration when none is chosen. */
export function readFeedbackForm(form: FeedbackForm): Record<string, unknown> {
  const { draftId: _draft, partnerId, positioningIterationId, ...fields } = form;
  return {
    ...fields,
    date: form.date.trim(),
    ...(partnerId === '' ? {} : { partnerId }),
    ...(positioningIterationId === '' ? {} : { positioningIterationId }),
  };
}
