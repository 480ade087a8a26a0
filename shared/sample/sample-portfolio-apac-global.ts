/** Hand-written sample partners in Asia-Pacific and with global reach. All are fictional. */
import type { SamplePartnerSpec } from './sample-portfolio-types';
import { SAMPLE_OWNERS as owner, activity, contact } from './sample-portfolio-types';

/** Sample partners based in APAC or covering every region. */
export const APAC_GLOBAL_PARTNERS: readonly SamplePartnerSpec[] = [
  {
    name: 'Tasman Data Co.',
    types: ['system-integrator'],
    stage: 'growing',
    tier: 'gold',
    region: 'APAC',
    industry: 'Banking',
    owner: owner.priya,
    domain: 'tasman-data.example',
    healthScore: 84,
    createdDaysAgo: 880,
    tags: ['APAC-priority', 'certified', 'co-sell'],
    notes:
      'Sydney and Auckland SI; three banking implementations won this year, and they built a reusable regulatory-reporting pack on our platform. ' +
      'They asked to co-present at our APAC summit. ' +
      'Watch delivery capacity: 6 certified consultants for 9 live projects.',
    contacts: [
      contact("Liam O'Connor", 'Director of Alliances', '+61 2 5550 3187', 'Primary contact.'),
      contact(
        'Aroha Ngata',
        'Practice Lead',
        '+64 9 555 0143',
        'Leads the Auckland team and the reporting pack.',
      ),
      contact('Ben Whitfield', 'CTO', '+61 2 5550 3112'),
    ],
    activities: [
      activity(5, 'inbound', 'development', 'Request: co-presenting slot at the APAC summit'),
      activity(23, 'outbound', 'sales', 'Joint pitch: Southern Cross Mutual'),
      activity(47, 'inbound', 'sales', 'Deal registration: Kauri Savings Bank'),
    ],
  },
  {
    name: 'Sakura Bridge Solutions',
    types: ['reseller', 'distributor'],
    stage: 'onboarding',
    tier: 'registered',
    region: 'APAC',
    industry: 'Manufacturing',
    owner: owner.priya,
    domain: 'sakura-bridge.example',
    healthScore: 55,
    createdDaysAgo: 150,
    tags: ['APAC-priority', 'training-due'],
    notes:
      'Tokyo reseller that needs a Japanese interface and invoicing in yen before its first deal. ' +
      'Localisation is planned for our next major release; meanwhile they are training 4 presales engineers. ' +
      'Slow but committed; their general manager visits our office next month.',
    contacts: [
      contact(
        'Haruto Sato',
        'General Manager',
        '+81 3 5555 0172',
        'Executive sponsor; meets in person, not by video.',
      ),
      contact('Yui Tanaka', 'Presales Engineer', '+81 3 5555 0138'),
    ],
    activities: [
      activity(17, 'outbound', 'development', 'Presales training, session 3 of 5'),
      activity(54, 'inbound', 'development', 'Request: Japanese invoicing and tax documents'),
      activity(120, 'outbound', 'development', 'Onboarding kickoff in Tokyo'),
    ],
  },
  {
    name: 'Lotus Bay Technologies',
    types: ['oem'],
    stage: 'active',
    tier: 'platinum',
    region: 'APAC',
    industry: 'Enterprise software',
    owner: owner.priya,
    domain: 'lotus-bay.example',
    healthScore: 79,
    createdDaysAgo: 1300,
    tags: ['white-label', 'strategic', 'exec-sponsor'],
    notes:
      'Singapore ERP vendor that has embedded our forecasting engine under its own brand for three years; 2,300 royalty seats. ' +
      'The OEM agreement renews in two quarters and they are pushing for a lower per-seat rate. ' +
      'Usage is solid, but their roadmap mentions an in-house model, so keep the relationship warm at executive level.',
    contacts: [
      contact('Wei Jie Tan', 'VP Product', '+65 6555 0184'),
      contact('Siti Rahman', 'Head of Partnerships', '+65 6555 0127', 'Primary contact.'),
      contact(
        'Daniel Koh',
        'CFO',
        '+65 6555 0109',
        'Negotiates the royalty; send numbers before meetings.',
      ),
    ],
    activities: [
      activity(20, 'outbound', 'development', 'Executive dinner with their VP Product'),
      activity(42, 'inbound', 'sales', 'Royalty rate proposal for the renewal'),
      activity(90, 'outbound', 'development', 'Quarterly royalty and usage review'),
    ],
  },
  {
    name: 'Monsoon Digital Services',
    types: ['msp', 'reseller'],
    stage: 'prospect',
    tier: 'none',
    region: 'APAC',
    industry: 'Retail & e-commerce',
    owner: owner.priya,
    domain: 'monsoon-digital.example',
    createdDaysAgo: 12,
    tags: [],
    notes:
      'Bangalore MSP with a large retail client base; found us through our marketplace listing. ' +
      'On the first call they mostly wanted a margin on licences, not a practice. ' +
      'Qualify harder before investing any enablement time.',
    contacts: [contact('Arjun Iyer', 'Head of Alliances', '+91 80 5555 0176')],
    activities: [activity(11, 'inbound', 'development', 'First call via marketplace enquiry')],
  },
  {
    name: 'Silverline Global Distribution',
    types: ['distributor'],
    stage: 'growing',
    tier: 'platinum',
    region: 'Global',
    industry: 'IT distribution',
    owner: owner.daniel,
    domain: 'silverline-global.example',
    healthScore: 82,
    createdDaysAgo: 1020,
    tags: ['marketplace', 'MDF', 'strategic'],
    notes:
      'Global distributor; we are in their cloud marketplace in 14 countries. ' +
      "Marketplace transactions doubled after they bundled us with their CRM partners' offer. " +
      'Next: a single deal-registration flow, because their three regional teams use three different forms today.',
    contacts: [
      contact(
        'Natalie Brooks',
        'Global Alliance Director',
        '+1 206 555 0163',
        'Primary contact and executive sponsor.',
      ),
      contact('Pieter de Vries', 'EMEA Marketplace Lead', '+31 20 555 0148'),
      contact('Grace Lim', 'APAC Channel Manager', '+65 6555 0151'),
      contact('Carlos Mendes', 'Americas Channel Manager', '+1 206 555 0179'),
    ],
    activities: [
      activity(
        3,
        'outbound',
        'development',
        'Workshop: one deal-registration form for all regions',
      ),
      activity(26, 'inbound', 'sales', 'Marketplace bundle results: transactions doubled'),
      activity(58, 'outbound', 'development', 'Annual plan review with Natalie'),
      activity(85, 'inbound', 'sales', 'Deal registration: Oriel Logistics, 3 countries'),
    ],
  },
  {
    name: 'Beacon Point Software',
    types: ['oem', 'technology'],
    stage: 'onboarding',
    tier: 'registered',
    region: 'Global',
    industry: 'Healthcare',
    owner: owner.priya,
    domain: 'beacon-point.example',
    healthScore: 61,
    createdDaysAgo: 95,
    tags: ['integration-beta', 'white-label'],
    notes:
      "Healthcare CRM vendor planning to embed our pipeline analytics as 'Beacon Insights'. " +
      'Contract signed three months ago; SDK integration is about 40% done, and their security review asked for a SOC 2 bridge letter. ' +
      'Launch target is their user conference in five months.',
    contacts: [
      contact('Elena Petrova', 'VP Engineering', '+1 617 555 0186'),
      contact('Marcus Feld', 'Director of Partnerships', '+1 617 555 0124', 'Primary contact.'),
    ],
    activities: [
      activity(6, 'inbound', 'development', 'Security review: request for a SOC 2 bridge letter'),
      activity(30, 'outbound', 'development', 'SDK integration check-in: about 40% done'),
      activity(88, 'inbound', 'sales', 'OEM contract signed'),
    ],
  },
];
