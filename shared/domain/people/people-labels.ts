import type { ActivityKind } from '../activity';
import { STALLED_AFTER_DAYS, type AskFlag, type AskStatus } from './ask';
import type { DirectionDrift, PurposeDrift } from './balance';
import {
  STALE_AFTER_DAYS,
  type AccountStatus,
  type CompetitionKind,
  type IntelligenceSection,
  type TechnologyStatus,
  type TrendImpact,
} from './intelligence';
import type { SourceKind } from './source';
import type { Influence, Stance, Team } from './stakeholder';
import type { DecisionScope, DecisionVoice, Sentiment, SpeakerKind } from './voice';

/**
 * How the people vocabulary (intelligence, voice, alliances, activity balance) reads on screen
 * and in exports. Every enum of the people records has its labels here, and nowhere else.
 */

/** How each activity kind reads. */
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  meeting: 'Meeting',
  call: 'Call',
  email: 'Email',
  event: 'Event',
  'enablement-session': 'Enablement session',
  'joint-pitch': 'Joint pitch',
  'deal-registration': 'Deal registration',
  other: 'Other',
};

/** How each intelligence section reads. */
export const INTELLIGENCE_SECTION_LABELS: Record<IntelligenceSection, string> = {
  customers: 'Customers',
  technology: 'Technology',
  competition: 'Competition',
  channels: 'Channels',
  trends: 'Trends',
};

/** How each account status reads. */
export const ACCOUNT_STATUS_LABELS: Record<AccountStatus, string> = {
  shared: 'Shared account',
  target: 'Target account',
};

/** How each integration status reads. */
export const TECHNOLOGY_STATUS_LABELS: Record<TechnologyStatus, string> = {
  planned: 'Planned',
  'in-development': 'In development',
  live: 'Live',
  retired: 'Retired',
};

/** How each kind of competition reads. */
export const COMPETITION_KIND_LABELS: Record<CompetitionKind, string> = {
  'joint-offer-competitor': 'Competes with the joint offer',
  'competing-alliance': 'Partner’s competing alliance',
};

/** How each trend impact reads. */
export const TREND_IMPACT_LABELS: Record<TrendImpact, string> = {
  high: 'High impact',
  medium: 'Medium impact',
  low: 'Low impact',
};

/** How each kind of source reads. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  link: 'Link',
  note: 'Note',
};

/** How staleness reads beside an entry. */
export const STALE_LABEL = `Over ${STALE_AFTER_DAYS} days old`;

/** How each kind of speaker reads. */
export const SPEAKER_KIND_LABELS: Record<SpeakerKind, string> = {
  'partner-contact': 'Partner contact',
  customer: 'Customer',
};

/** How each sentiment reads. */
export const SENTIMENT_LABELS: Record<Sentiment, string> = {
  positive: 'Positive',
  neutral: 'Neutral',
  negative: 'Negative',
};

/** How each decision scope reads. */
export const DECISION_SCOPE_LABELS: Record<DecisionScope, string> = {
  partnership: 'Partnership',
  'product-for-partners': 'Product for partners',
};

/** How a decision's voice reads. */
export const DECISION_VOICE_LABELS: Record<DecisionVoice, string> = {
  'with-voice': 'Backed by partner or customer voice',
  'without-voice': 'No partner or customer voice',
};

/** How each team reads. */
export const TEAM_LABELS: Record<Team, string> = {
  sales: 'Sales',
  marketing: 'Marketing',
  product: 'Product',
  engineering: 'Engineering',
  legal: 'Legal',
  finance: 'Finance',
  executive: 'Executive',
};

/** How each level of influence reads. */
export const INFLUENCE_LABELS: Record<Influence, string> = {
  high: 'High influence',
  medium: 'Medium influence',
  low: 'Low influence',
};

/** How each stance reads. */
export const STANCE_LABELS: Record<Stance, string> = {
  champion: 'Champion',
  supporter: 'Supporter',
  neutral: 'Neutral',
  skeptic: 'Skeptic',
  blocker: 'Blocker',
};

/** How each ask status reads. */
export const ASK_STATUS_LABELS: Record<AskStatus, string> = {
  planned: 'Planned',
  asked: 'Asked',
  agreed: 'Agreed',
  declined: 'Declined',
  done: 'Done',
};

/** How each follow-up flag on an ask reads. */
export const ASK_FLAG_LABELS: Record<AskFlag, string> = {
  declined: 'Declined',
  stalled: `Stalled: asked over ${STALLED_AFTER_DAYS} days ago`,
};

/** How the inbound/outbound drift signal reads. */
export const DIRECTION_DRIFT_LABELS: Record<DirectionDrift, string> = {
  'no-activity': 'No activity',
  within: 'Within target',
  'drifting-inbound': 'Drifting inbound',
  'drifting-outbound': 'Drifting outbound',
};

/** How the development/sales drift signal reads. */
export const PURPOSE_DRIFT_LABELS: Record<PurposeDrift, string> = {
  'no-activity': 'No activity',
  within: 'Within target',
  'drifting-development': 'Drifting to development',
  'drifting-sales': 'Drifting to sales',
};

/** Why a share has no value, in a sentence. */
export const NO_ACTIVITY_TEXT = 'No activity in this period.';
