/**
 * Column headers as CRMs and spreadsheets write them, and the field each one means: Salesforce
 * account reports, HubSpot company exports, and the plain names people type themselves. Headers
 * are compared folded (see foldWords), so case, accents and punctuation do not matter.
 */
import type { ColumnTarget } from './import-fields';
import { wordTable } from './words';

/** Headers known to mean a field, or known to mean nothing we store ('ignore'). */
export const HEADER_SYNONYMS: ReadonlyMap<string, ColumnTarget> = wordTable<ColumnTarget>([
  [
    'name',
    [
      'Name',
      'Partner',
      'Partner name',
      'Account',
      'Account Name',
      'Company',
      'Company name',
      'Organization',
      'Organisation',
      'Organization name',
      'Business name',
      'Legal name',
    ],
  ],
  [
    'types',
    [
      'Type',
      'Types',
      'Partner type',
      'Partner types',
      'Account Type',
      'Company type',
      'Partnership type',
      'Partner category',
    ],
  ],
  [
    'stage',
    [
      'Stage',
      'Lifecycle Stage',
      'Lifecycle',
      'Status',
      'Partner status',
      'Partner stage',
      'Account status',
      'Relationship status',
    ],
  ],
  [
    'tier',
    [
      'Tier',
      'Partner tier',
      'Level',
      'Partner level',
      'Program tier',
      'Program level',
      'Partner program level',
    ],
  ],
  [
    'region',
    [
      'Region',
      'Territory',
      'Sales region',
      'Sales territory',
      'Geo',
      'Geography',
      'Partner region',
      'Theater',
      'Theatre',
    ],
  ],
  [
    'country',
    [
      'Country',
      'Country/Region',
      'Billing Country',
      'Shipping Country',
      'HQ country',
      'Country code',
      'Headquarters country',
    ],
  ],
  ['industry', ['Industry', 'Sector', 'Vertical', 'Industry vertical']],
  [
    'owner',
    [
      'Owner',
      'Account Owner',
      'Company owner',
      'Partner manager',
      'Partner owner',
      'Channel manager',
      'Account manager',
      'Record owner',
      'Owner name',
      'Partner account manager',
    ],
  ],
  [
    'website',
    [
      'Website',
      'Website URL',
      'Web site',
      'URL',
      'Domain',
      'Company Domain Name',
      'Company domain',
      'Web address',
      'Homepage',
    ],
  ],
  [
    'healthScore',
    ['Health', 'Health score', 'Partner health', 'Partner health score', 'Health index'],
  ],
  [
    'lastActivityAt',
    [
      'Last activity',
      'Last Activity Date',
      'Last activity at',
      'Last contacted',
      'Last engagement date',
      'Last contact date',
    ],
  ],
  ['tags', ['Tags', 'Tag', 'Labels', 'Label', 'Keywords']],
  [
    'notes',
    [
      'Notes',
      'Note',
      'Description',
      'Comments',
      'Comment',
      'About',
      'Summary',
      'Company description',
      'Account description',
    ],
  ],
  [
    'contactName',
    [
      'Contact',
      'Contact name',
      'Primary contact',
      'Primary contact name',
      'Main contact',
      'Contact full name',
    ],
  ],
  ['contactFirstName', ['First name', 'Contact first name', 'Given name']],
  ['contactLastName', ['Last name', 'Contact last name', 'Surname', 'Family name']],
  ['contactRole', ['Contact role', 'Contact title', 'Title', 'Job title', 'Role', 'Position']],
  [
    'contactEmail',
    [
      'Email',
      'E-mail',
      'Contact email',
      'Contact e-mail',
      'Email address',
      'E-mail address',
      'Primary email',
      'Primary contact email',
    ],
  ],
  [
    'contactPhone',
    [
      'Contact phone',
      'Mobile',
      'Mobile phone',
      'Contact phone number',
      'Direct phone',
      'Primary contact phone',
    ],
  ],
  [
    'ignore',
    [
      'Account ID',
      'Record ID',
      'Company ID',
      'ID',
      'Parent Account',
      'Parent Company',
      'Create Date',
      'Created Date',
      'Last Modified Date',
      'Billing City',
      'Billing State/Province',
      'Billing Street',
      'Billing Zip/Postal Code',
      'City',
      'State/Region',
      'Postal Code',
      'Street Address',
      'Employees',
      'Number of Employees',
      'Annual Revenue',
      'Fax',
    ],
  ],
]);

/**
 * Company phone headers: there is no company phone field, so these go to the primary contact
 * when the file also names a contact, and into the notes otherwise (kept, under their header).
 */
export const COMPANY_PHONE_HEADERS: ReadonlySet<string> = new Set([
  'phone',
  'phone number',
  'main phone',
  'company phone',
  'telephone',
  'office phone',
]);

/** Words that prefix a header without changing its meaning ("Partner Website", "Company Industry"). */
export const HEADER_PREFIXES: readonly string[] = [
  'partner ',
  'company ',
  'account ',
  'primary ',
  'billing ',
];
