/** Hand-written sample partners in Europe, the Middle East and Africa. All are fictional. */
import type { SamplePartnerSpec } from './sample-portfolio-types';
import { SAMPLE_OWNERS as owner, activity, contact } from './sample-portfolio-types';

/** Sample partners based in EMEA. */
export const EMEA_PARTNERS: readonly SamplePartnerSpec[] = [
  {
    name: 'Baltic Data Integrators',
    types: ['system-integrator', 'reseller'],
    stage: 'growing',
    tier: 'platinum',
    region: 'EMEA',
    industry: 'Logistics',
    owner: owner.daniel,
    domain: 'baltic-data.example',
    healthScore: 91,
    createdDaysAgo: 1380,
    tags: ['EMEA-priority', 'certified', 'co-sell', 'MDF'],
    notes:
      'Riga-based SI with 22 certified consultants and our best delivery record in the Nordics and Baltics. ' +
      'Sourced €1.1M ARR last year; the last QBR set a target of €1.5M with two new logistics accounts. ' +
      'Next quarter we run a joint webinar series on a €25k MDF budget, split 50/50.',
    contacts: [
      contact(
        'Līga Bērziņa',
        'Alliance Director',
        '+371 67 555 014',
        'Primary contact; owns the joint business plan and MDF claims.',
      ),
      contact(
        'Mārtiņš Ozols',
        'CEO',
        '+371 67 555 021',
        'Executive sponsor; joins every other QBR.',
      ),
      contact(
        'Jonas Petrauskas',
        'Head of Delivery',
        '+370 5 255 5017',
        'Runs the Vilnius office.',
      ),
    ],
    activities: [
      activity(7, 'outbound', 'sales', 'Joint pitch: Nordlys Freight, Oslo'),
      activity(
        21,
        'outbound',
        'development',
        'Quarterly business review in Riga',
        'Target €1.5M sourced ARR; needs two logistics references from us.',
      ),
      activity(35, 'inbound', 'sales', 'Deal registration: Hansa Port Services'),
      activity(64, 'outbound', 'development', 'MDF plan approved: webinar series next quarter'),
    ],
  },
  {
    name: 'Albion Channel Distribution',
    types: ['distributor'],
    stage: 'active',
    tier: 'gold',
    region: 'EMEA',
    industry: 'IT distribution',
    owner: owner.daniel,
    domain: 'albion-channel.example',
    healthScore: 77,
    createdDaysAgo: 760,
    tags: ['marketplace', 'deal-reg'],
    notes:
      'UK distributor with about 180 sub-resellers; we have been in their cloud marketplace for nine months. ' +
      'Volume is there (31 transactions last quarter) but 80% come from five resellers. ' +
      'Ask: a recruitment push into their long tail, co-funded from MDF.',
    contacts: [
      contact('Fiona Gallagher', 'Vendor Alliance Manager', '+44 20 7946 0852'),
      contact('Oliver Grant', 'Head of Cloud Marketplace', '+44 20 7946 0317'),
    ],
    activities: [
      activity(10, 'outbound', 'development', 'Long-tail recruitment plan drafted with Fiona'),
      activity(31, 'inbound', 'sales', 'Marketplace order batch: 12 transactions last month'),
      activity(70, 'outbound', 'development', 'Reseller webinar: selling revenue analytics'),
    ],
  },
  {
    name: 'Rhine Valley Systemhaus',
    types: ['reseller', 'msp'],
    stage: 'active',
    tier: 'silver',
    region: 'EMEA',
    industry: 'Manufacturing',
    owner: owner.daniel,
    domain: 'rhinevalley-systemhaus.example',
    healthScore: 68,
    createdDaysAgo: 590,
    tags: ['certified', 'mid-market'],
    notes:
      'Systemhaus near Stuttgart serving Mittelstand manufacturers; they want German-language dashboards before pushing us harder. ' +
      'Two of their four technical staff are certified. ' +
      'Data residency comes up in every deal, so send them the EU hosting FAQ.',
    contacts: [
      contact('Katrin Vogel', 'Managing Director', '+49 711 5550 4821'),
      contact(
        'Lukas Brenner',
        'Solutions Architect',
        '+49 711 5550 4867',
        'Took the admin certification this year.',
      ),
    ],
    activities: [
      activity(15, 'inbound', 'sales', 'Question on EU data residency for Kessler Antriebe'),
      activity(44, 'outbound', 'development', 'Certification session for two technicians'),
      activity(81, 'outbound', 'development', 'Half-year review'),
    ],
  },
  {
    name: 'Meridian Growth Studio',
    types: ['agency'],
    stage: 'at-risk',
    tier: 'registered',
    region: 'EMEA',
    industry: 'Media & publishing',
    owner: owner.daniel,
    domain: 'meridian-growth.example',
    healthScore: 38,
    createdDaysAgo: 430,
    tags: ['renewal-risk'],
    notes:
      'London content agency; signed 14 months ago, one closed referral since. ' +
      'Their new strategy is AI content services, and revenue analytics no longer fits their offer. ' +
      'Decide at the next QBR whether to move them to the referral-only track or exit gracefully.',
    contacts: [contact('Imogen Hart', 'Partner Marketing Manager', '+44 20 7946 0543')],
    activities: [
      activity(39, 'outbound', 'development', 'Check-in call: new agency strategy'),
      activity(97, 'outbound', 'sales', 'Joint pitch: Ashdown Press (lost)'),
    ],
  },
  {
    name: 'Fjordline Analytics',
    types: ['technology'],
    stage: 'onboarding',
    tier: 'registered',
    region: 'EMEA',
    industry: 'Energy & utilities',
    owner: owner.priya,
    domain: 'fjordline-analytics.example',
    healthScore: 66,
    createdDaysAgo: 120,
    tags: ['integration-beta'],
    notes:
      'Oslo ISV with a metering-data platform for energy retailers. ' +
      'Their beta connector passes 9 of our 12 certification tests; the failures are all pagination on large accounts. ' +
      'Target: listed on our marketplace by the end of next quarter.',
    contacts: [
      contact('Sindre Haugen', 'CTO', '+47 22 55 50 18'),
      contact('Ingrid Solberg', 'Alliance Manager', '+47 22 55 50 42', 'Primary contact.'),
    ],
    activities: [
      activity(13, 'inbound', 'development', 'Connector certification run: 9 of 12 tests pass'),
      activity(49, 'outbound', 'development', 'API office hours with our integrations team'),
    ],
  },
  {
    name: 'Costa Verde Consultores',
    types: ['system-integrator'],
    stage: 'prospect',
    tier: 'none',
    region: 'EMEA',
    industry: 'Retail & e-commerce',
    owner: owner.daniel,
    domain: 'costaverde-consultores.example',
    createdDaysAgo: 26,
    tags: ['new-logo-focus'],
    notes:
      "Lisbon and Madrid consultancy recommended by Baltic Data Integrators' delivery lead. " +
      'Strong in retail CRM rollouts, no analytics practice yet. ' +
      'First call booked; check their appetite for certification costs.',
    contacts: [contact('Inês Carvalho', 'Managing Partner', '+351 21 555 0164')],
    activities: [
      activity(25, 'inbound', 'development', 'Introduction from Baltic Data Integrators'),
    ],
  },
  {
    name: 'Sandstone Gulf Distribution',
    types: ['distributor', 'reseller'],
    stage: 'applicant',
    tier: 'none',
    region: 'EMEA',
    industry: 'Telecommunications',
    owner: owner.daniel,
    domain: 'sandstone-gulf.example',
    createdDaysAgo: 34,
    tags: ['enterprise'],
    notes:
      'Dubai distributor covering the GCC with a telco-heavy reseller base. ' +
      "Their application asks for regional exclusivity, which we don't grant. " +
      'Legal is reviewing their standard terms.',
    contacts: [
      contact('Omar Al-Sayed', 'Business Development Director', '+971 4 555 0192'),
      contact('Priyanka Nair', 'Channel Operations Manager', '+971 4 555 0126'),
    ],
    activities: [
      activity(12, 'outbound', 'development', 'Sent the no-exclusivity position to Omar'),
      activity(33, 'inbound', 'development', 'Partner application received'),
    ],
  },
  {
    name: 'Kestrel Advisory Group',
    types: ['referral'],
    stage: 'exited',
    tier: 'none',
    region: 'EMEA',
    industry: 'Financial services',
    owner: owner.daniel,
    domain: 'kestrel-advisory.example',
    healthScore: 25,
    createdDaysAgo: 720,
    tags: [],
    notes:
      'Frankfurt advisory boutique; the agreement ended five months ago by mutual decision after 18 months and two referrals. ' +
      "Their founder joined a competitor's advisory board. " +
      'Keep the contact: their former analyst now works at a bank we are targeting.',
    contacts: [contact('Felix Hartmann', 'Founder', '+49 69 5550 3318')],
    activities: [
      activity(140, 'outbound', 'development', 'Exit call: agreement ended by mutual decision'),
      activity(210, 'outbound', 'development', 'Partnership review: two referrals in 18 months'),
    ],
  },
];
