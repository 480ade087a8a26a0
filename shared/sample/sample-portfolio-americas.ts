/** Hand-written sample partners in North and Latin America. All companies and people are fictional. */
import type { SamplePartnerSpec } from './sample-portfolio-types';
import { SAMPLE_OWNERS as owner, activity, contact } from './sample-portfolio-types';

/** Sample partners based in the Americas. */
export const AMERICAS_PARTNERS: readonly SamplePartnerSpec[] = [
  {
    name: 'Northwind Cloud Partners',
    types: ['reseller', 'msp'],
    stage: 'growing',
    tier: 'gold',
    region: 'North America',
    industry: 'Financial services',
    owner: owner.maya,
    domain: 'northwind-cloud.example',
    healthScore: 86,
    createdDaysAgo: 1104,
    tags: ['co-sell', 'MDF', 'certified', 'marketplace'],
    notes:
      'Our strongest reseller in the Midwest: 14 deal registrations last quarter, 9 closed, $412k sourced ARR year to date. ' +
      'At the QBR they asked for a path to Platinum; the gap is certifications (6 of the 10 required). ' +
      'Their managed RevOps service bundles our forecasting module, which is why their renewals run above 95%.',
    contacts: [
      contact(
        'Rachel Donnelly',
        'Alliance Director',
        '+1 312 555 0147',
        'Primary contact; owns the joint business plan.',
      ),
      contact('Marcus Bell', 'Channel Sales Lead', '+1 312 555 0162'),
      contact(
        'Hannah Cho',
        'CTO',
        '+1 312 555 0110',
        'Executive sponsor. Raise the managed-service SLA with her before any pricing talk.',
      ),
    ],
    activities: [
      activity(6, 'inbound', 'sales', 'Deal registration: Lakeshore Credit Union, 220 seats'),
      activity(
        19,
        'outbound',
        'development',
        'Quarterly business review in Chicago',
        'Agreed the Platinum path: 4 more certifications and $600k sourced ARR by year end.',
      ),
      activity(41, 'outbound', 'development', 'Forecasting module enablement for 8 new reps'),
      activity(75, 'inbound', 'sales', 'Joint pitch request: Great Lakes Mutual'),
    ],
  },
  {
    name: 'Hudson Ridge Consulting',
    types: ['system-integrator'],
    stage: 'active',
    tier: 'silver',
    region: 'North America',
    industry: 'Banking',
    owner: owner.maya,
    domain: 'hudson-ridge.example',
    healthScore: 72,
    createdDaysAgo: 640,
    tags: ['certified', 'co-sell', 'case-study'],
    notes:
      'New York boutique SI with 11 certified consultants; they delivered the Harbor Trust rollout and the customer reference is glowing. ' +
      'Their constraint is utilisation, not demand: they turned down two projects last quarter. ' +
      'Worth introducing them to our professional services team for subcontracted overflow.',
    contacts: [
      contact(
        'Samuel Whitaker',
        'Managing Partner',
        '+1 212 555 0183',
        'Executive sponsor; decides on certification budget.',
      ),
      contact('Leila Haddad', 'Practice Lead, Revenue Analytics', '+1 212 555 0129'),
    ],
    activities: [
      activity(
        12,
        'outbound',
        'sales',
        'Joint pitch: Harbor Trust expansion to the wealth division',
      ),
      activity(
        33,
        'inbound',
        'development',
        'Request: advanced certification seats for 3 consultants',
      ),
      activity(60, 'outbound', 'development', 'Quarterly pipeline review'),
    ],
  },
  {
    name: 'Cobalt Peak Software',
    types: ['technology'],
    stage: 'active',
    tier: 'gold',
    region: 'North America',
    industry: 'Software & SaaS',
    owner: owner.priya,
    domain: 'cobalt-peak.example',
    healthScore: 81,
    createdDaysAgo: 820,
    tags: ['integration-live', 'marketplace', 'co-sell'],
    notes:
      'Subscription-billing ISV; the two-way billing sync shipped seven months ago and now runs for 64 shared customers. ' +
      'Listed on both marketplaces, and we are attached to about one in five of their mid-market deals. ' +
      'Next step is a joint roadmap session on usage-based billing data, which their product team keeps postponing.',
    contacts: [
      contact('Derek Osei', 'Head of Partnerships', '+1 415 555 0171'),
      contact(
        'Mei Lin Zhao',
        'Director of Product, Integrations',
        '+1 415 555 0138',
        'Owns the connector roadmap; prefers written updates to calls.',
      ),
      contact('Jonah Price', 'CTO', '+1 415 555 0105'),
    ],
    activities: [
      activity(9, 'inbound', 'sales', 'Co-sell referral: Brightline Fitness (usage billing)'),
      activity(27, 'outbound', 'development', 'Integration health review: sync error rate 0.4%'),
      activity(88, 'outbound', 'development', 'Marketplace listing refresh with new screenshots'),
    ],
  },
  {
    name: 'Prairie Signal Agency',
    types: ['agency', 'referral'],
    stage: 'onboarding',
    tier: 'registered',
    region: 'North America',
    industry: 'Retail & e-commerce',
    owner: owner.maya,
    domain: 'prairie-signal.example',
    healthScore: 63,
    createdDaysAgo: 58,
    tags: ['referral-fee', 'joint-webinar'],
    notes:
      'Denver performance-marketing agency that wants to bring our dashboards to its e-commerce retainer clients. ' +
      'Signed the referral agreement three weeks ago; two of four onboarding modules done. ' +
      'They asked for white-label reports, which is not on our roadmap; set expectations on the next call.',
    contacts: [
      contact('Tessa Moreno', 'Founder & CEO', '+1 303 555 0164'),
      contact(
        'Kyle Brandt',
        'Partner Marketing Manager',
        '+1 303 555 0192',
        'Running the joint webinar draft.',
      ),
    ],
    activities: [
      activity(
        8,
        'outbound',
        'development',
        'Onboarding module 2: dashboards for client reporting',
      ),
      activity(24, 'inbound', 'development', 'Signed referral agreement'),
      activity(40, 'inbound', 'development', 'Partner application via the website'),
    ],
  },
  {
    name: 'Tidewater Managed IT',
    types: ['msp'],
    stage: 'at-risk',
    tier: 'silver',
    region: 'North America',
    industry: 'Healthcare',
    owner: owner.tomas,
    domain: 'tidewater-it.example',
    healthScore: 42,
    createdDaysAgo: 910,
    tags: ['renewal-risk', 'certified'],
    notes:
      'MSP for about 40 regional clinics; they host our connector for their clients. ' +
      'Health dropped after two failed data-sync incidents last quarter, and our champion Paul Greer left soon after. ' +
      'Recovery plan: weekly check-ins, a named support engineer, and a health review with their COO before the renewal in two months.',
    contacts: [
      contact(
        'Angela Ruiz',
        'COO',
        '+1 404 555 0158',
        'Executive sponsor since Paul Greer left; skeptical, wants incident numbers.',
      ),
      contact('Brian Foley', 'Service Delivery Manager', '+1 404 555 0133'),
    ],
    activities: [
      activity(4, 'outbound', 'development', 'Weekly recovery check-in'),
      activity(18, 'inbound', 'sales', 'Escalation: Pine Valley Clinic sync failure'),
      activity(52, 'outbound', 'development', 'Health review with the COO scheduled'),
    ],
  },
  {
    name: 'Granite Bay Business Systems',
    types: ['reseller'],
    stage: 'active',
    tier: 'registered',
    region: 'North America',
    industry: 'Manufacturing',
    owner: owner.maya,
    domain: 'granite-bay.example',
    healthScore: 58,
    createdDaysAgo: 480,
    tags: ['deal-reg', 'SMB'],
    notes:
      'Toronto VAR selling ERP add-ons to mid-size manufacturers; we are a line item in their bundle, rarely the lead. ' +
      'Three deal registrations this year, one closed ($38k). ' +
      'They want MDF for a trade-show booth; I asked for a pipeline plan first.',
    contacts: [
      contact('Sunil Mehta', 'VP Sales', '+1 416 555 0176'),
      contact(
        'Chloé Tremblay',
        'Channel Sales Lead',
        '+1 416 555 0121',
        'Registers their deals; bilingual, covers Quebec.',
      ),
    ],
    activities: [
      activity(14, 'inbound', 'sales', 'MDF request: Canadian manufacturing expo booth'),
      activity(46, 'inbound', 'sales', 'Deal registration: Ferris Tooling'),
    ],
  },
  {
    name: 'Lantern Row Labs',
    types: ['technology'],
    stage: 'prospect',
    tier: 'none',
    region: 'North America',
    industry: 'Marketing technology',
    owner: owner.priya,
    domain: 'lantern-row.example',
    createdDaysAgo: 9,
    tags: ['integration-beta'],
    notes:
      'Intent-data startup; their CEO reached out after our pipeline-analytics webinar. ' +
      'A connector would put account-level intent scores into our forecasts. ' +
      'Confirm they have API capacity before we commit any engineering time.',
    contacts: [contact('Nadia Farouk', 'CEO & Co-founder', '+1 512 555 0149')],
    activities: [activity(5, 'inbound', 'development', 'Intro call after the webinar')],
  },
  {
    name: 'Keystone Revenue Advisors',
    types: ['referral'],
    stage: 'applicant',
    tier: 'none',
    region: 'North America',
    industry: 'Software & SaaS',
    owner: owner.maya,
    domain: 'keystone-advisors.example',
    createdDaysAgo: 16,
    tags: ['referral-fee'],
    notes:
      'Network of about 30 fractional CROs placed at Series A to C companies. ' +
      'They applied asking for a 15% referral fee against our standard 10%. ' +
      'Checking two references before approving.',
    contacts: [contact('Greg Lindahl', 'Managing Director', '+1 617 555 0114')],
    activities: [
      activity(3, 'outbound', 'development', 'Reference call with a portfolio company'),
      activity(15, 'inbound', 'development', 'Partner application received'),
    ],
  },
  {
    name: 'Verde Mar Tecnologia',
    types: ['reseller'],
    stage: 'growing',
    tier: 'gold',
    region: 'Latin America',
    industry: 'Financial services',
    owner: owner.tomas,
    domain: 'verdemar-tecnologia.example',
    healthScore: 88,
    createdDaysAgo: 700,
    tags: ['LATAM-priority', 'co-sell', 'MDF'],
    notes:
      'São Paulo reseller and our fastest-growing partner: sourced pipeline up 60% quarter on quarter, mostly fintechs. ' +
      'QBR outcome: they will fund a full-time partner SDR if we match MDF for two quarters. ' +
      'Invoicing through their local entity keeps tax friction low for Brazilian customers.',
    contacts: [
      contact(
        'Camila Souza',
        'Partnerships Director',
        '+55 11 95550 1432',
        'Primary contact; prefers WhatsApp for quick questions.',
      ),
      contact('Rafael Lima', 'Channel Sales Lead', '+55 11 95550 1877'),
      contact('Juliana Ferreira', 'Partner Marketing Manager', '+55 11 95550 1290'),
    ],
    activities: [
      activity(2, 'inbound', 'sales', 'Deal registration: Banco Aurora digital unit'),
      activity(
        16,
        'outbound',
        'development',
        'Quarterly business review in São Paulo',
        'They fund a partner SDR if we match MDF for the next two quarters.',
      ),
      activity(37, 'outbound', 'sales', 'Joint pitch: PagaFácil (payments)'),
      activity(68, 'inbound', 'development', 'Request: Portuguese sales deck'),
    ],
  },
  {
    name: 'Cordillera Consulting',
    types: ['system-integrator', 'reseller'],
    stage: 'active',
    tier: 'silver',
    region: 'Latin America',
    industry: 'Retail & e-commerce',
    owner: owner.tomas,
    domain: 'cordillera-consulting.example',
    healthScore: 74,
    createdDaysAgo: 530,
    tags: ['LATAM-priority', 'certified'],
    notes:
      'Santiago SI expanding into Lima; 5 certified consultants and Spanish enablement done. ' +
      'Two deals closed this half, both in retail. ' +
      'They want Portuguese material to go after Brazil, which overlaps with Verde Mar; agree territories before any MDF.',
    contacts: [
      contact('Valentina Rojas', 'Commercial Director', '+56 2 2555 0187'),
      contact(
        'Matías Fuentes',
        'Solutions Architect',
        '+56 2 2555 0142',
        'Best person for data-model questions.',
      ),
    ],
    activities: [
      activity(11, 'outbound', 'development', 'Territory call about Brazil with Verde Mar'),
      activity(29, 'inbound', 'sales', 'Deal registration: Tiendas Alameda'),
      activity(63, 'outbound', 'development', 'Spanish enablement, day 2'),
    ],
  },
  {
    name: 'Sierra Madre IT Services',
    types: ['msp'],
    stage: 'applicant',
    tier: 'none',
    region: 'Latin America',
    industry: 'Manufacturing',
    owner: owner.tomas,
    domain: 'sierramadre-it.example',
    createdDaysAgo: 21,
    tags: ['LATAM-priority'],
    notes:
      'Monterrey MSP serving nearshore manufacturers; applied after a referral from a US customer. ' +
      'Good technical depth, unknown sales capacity. ' +
      "Asked for their current vendor mix and last year's managed-services revenue.",
    contacts: [contact('Diego Treviño', 'Managing Director', '+52 81 5555 0139')],
    activities: [
      activity(7, 'outbound', 'development', 'Qualification call'),
      activity(20, 'inbound', 'development', 'Partner application received'),
    ],
  },
];
