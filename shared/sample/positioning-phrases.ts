/**
 * The words generated positioning drafts are written in: for each field of the built-in
 * templates, a few plausible values in a B2B SaaS company's voice. `{partner}`, `{industry}` and
 * `{region}` are filled in with the partner's own values, so drafts read as written for it. The
 * positioning statement's values are lower-case fragments: its sentence puts them mid-sentence.
 */

/** Values of a text field, or items of a list field, by the template field's key. */
export const FIELD_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'target-customer': [
    'mid-market {industry} companies in {region} with a small operations team',
    'operations leaders at {industry} firms that have outgrown spreadsheets',
    'IT directors in {industry} who answer to a compliance office',
    'fast-growing {industry} businesses opening their second or third site',
  ],
  need: [
    'need to close the books in days rather than weeks',
    'need one view of every customer across sales, service and billing',
    'need to prove compliance without a quarter of manual evidence gathering',
    'need to onboard new staff without weeks of shadowing',
  ],
  'product-name': ['Ledgerline', 'Ledgerline Cloud', 'Ledgerline for {industry}'],
  'product-category': [
    'operations platform',
    'workflow automation suite',
    'revenue operations platform',
    'compliance automation service',
  ],
  'key-benefit': [
    'cuts month-end close from twelve days to four',
    'puts every customer conversation in one timeline',
    'collects audit evidence as the work happens',
    'turns tribal knowledge into guided, repeatable workflows',
  ],
  'competitive-alternative': [
    'spreadsheets and email',
    'the legacy ERP module nobody enjoys',
    'a patchwork of point tools stitched together by hand',
    'hiring another analyst',
  ],
  differentiation: [
    'is live in six weeks, with {partner} running the rollout',
    'ships with {industry} templates built with {partner}’s consultants',
    'keeps data in {region} and passes the audits buyers there ask for',
    'prices per site, not per seat, so adoption is never rationed',
  ],
  'competitive-alternatives': [
    'Spreadsheets maintained by one expert',
    'The ERP vendor’s add-on module',
    'A custom build by an agency',
    'Doing nothing and hiring more staff',
    'A horizontal no-code tool',
  ],
  'unique-attributes': [
    'Pre-built {industry} workflows',
    'Native integration with the systems {partner} already supports',
    'Data residency in {region}',
    'Per-site pricing',
    'A certified implementation partner network',
  ],
  'best-fit-customers': [
    '{industry} companies with 200–2,000 staff that run several sites and have a partner like {partner} on retainer.',
    'Finance and operations teams in {region} who were burned by a long ERP project.',
  ],
  'market-category': [
    'Operations platform for {industry}',
    'Vertical workflow automation',
    'Compliance-ready operations software',
  ],
  'relevant-trends': [
    'New reporting rules in {region}',
    'Budget pressure on back-office headcount',
    'Consolidation of point tools',
    'AI assistants raising expectations of software',
  ],
  'core-message': [
    'With {partner} and Ledgerline, {industry} teams run operations on one platform that is live in weeks.',
    'The fastest route from spreadsheets to a controlled, auditable operation in {region}.',
    'Less time reconciling, more time serving customers.',
  ],
  'joint-offer': [
    'A fixed-price rollout of Ledgerline for {industry} operations, delivered by {partner} in six weeks.',
    'Month-end close in four days, with {partner} running the change and Ledgerline carrying the process.',
  ],
  'we-bring': [
    'The platform, {industry} templates and a named customer success manager.',
    'Product expertise, a migration toolkit and co-funded marketing.',
  ],
  'partner-brings': [
    '{partner}’s implementation team and its relationships with {industry} buyers in {region}.',
    'Local delivery capacity, change management and first-line support.',
  ],
  'neither-alone': [
    'We have no delivery team in {region}; {partner} has no platform to sell. Together the rollout is fixed-price and fast.',
    'Without {partner}, customers face a long self-serve rollout; without Ledgerline, {partner} sells hours, not outcomes.',
  ],
  proof: [
    'Three {industry} customers live in under eight weeks',
    'Close time down 60% at a reference customer in {region}',
    'Joint pipeline of 14 opportunities this quarter',
    'Certified consultants at {partner}: 12',
  ],
};

/** Claims (a value theme or a message-house pillar) with the proof behind each, one per line. */
export const CLAIM_PHRASES: readonly (readonly [text: string, proof: string])[] = [
  ['Live in weeks', 'Median rollout of six weeks\nFixed-price implementation by {partner}'],
  [
    'Built for {industry}',
    'Templates for the top ten {industry} processes\nReference customers in {region}',
  ],
  ['Audit-ready by default', 'Every change is logged\nEvidence exported in one click'],
  ['Priced to spread', 'Per-site pricing\nNo charge for occasional users'],
  ['One view of the customer', 'Sales, service and billing in one timeline'],
  ['Local and supported', '{partner} support desk in {region}\nData hosted in {region}'],
];

/** Why an iteration was saved: what a partner manager writes in the rationale. */
export const RATIONALES: readonly string[] = [
  'First version after the kickoff workshop with {partner}.',
  'Tightened the wording after the partner sales enablement session.',
  'Feedback from the field team in {region}: lead with the outcome, not the feature.',
  'Added proof points from the latest customer reference.',
  'Aligned with the new pricing.',
  'Legal asked us to soften the compliance claim.',
  '{partner} asked for their delivery capacity to be named.',
  'Shortened for the joint one-pager.',
];

/** Notes on the evidence behind a change. */
export const EVIDENCE: readonly string[] = [
  'Win/loss interviews with five {industry} buyers.',
  'Notes from the quarterly business review with {partner}.',
  'Partner survey in {region}, last quarter.',
];
