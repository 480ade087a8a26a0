/**
 * Word lists the seeded generator composes partners from. Lists are written as plain text blocks
 * (one entry per word, or per line or semicolon where entries have spaces) so that they stay
 * compact and easy to extend; every name here is invented.
 */
import { PARTNER_TYPES, REGIONS } from '../domain/partner';
import type { PartnerType } from '../domain/partner';

/** One region a partner can cover. */
export type Region = (typeof REGIONS)[number];

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

const entries = (text: string): readonly string[] =>
  text
    .split(/[;\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');

function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value);
}

function isPartnerType(value: string): value is PartnerType {
  return (PARTNER_TYPES as readonly string[]).includes(value);
}

/** The first word of a partner name: places, landscapes and birds. */
export const NAME_PREFIXES = words(`
  Northwind Baltic Cedar Harbor Summit Ironwood Bluestone Silverline Redwood Granite
  Coastal Alpine Prairie Lakeside Evergreen Highland Riverbend Stonebridge Westgate Eastfield
  Southport Northgate Pinecrest Oakridge Maplewood Fjord Nordic Atlas Beacon Keystone
  Lighthouse Compass Horizon Tidewater Copperleaf Bramble Falcon Kestrel Heron Osprey
  Juniper Aspen Sequoia Sierra Mesa Andes Pampas Danube Rhine Adriatic
  Aegean Iberia Celtic Thames Hudson Cascade Sonoran Pacifica Coral Monsoon
  Saffron Lotus Bamboo Tasman Outback Sakura Bluewater Clearwater Brightwater Ashford
  Whitcombe Larkspur Thornbury Elmstead Foxglove Marigold Kingsbridge Halcyon Wren Solent
`);

/** The middle word of a partner name: what the firm is about. */
export const NAME_CORES = words(`
  Data Cloud Analytics Revenue Insight Digital Logic Metrics Signal Growth
  Pipeline Ledger Forecast Quant Vector Byte Stack Grid Bridge Sync
  Flow Point Scale Sales Commerce Ops Nexus Info Intelligence Process
  Value Market Link Core Scope Arc Pulse Orbit Prism Crest
`);

/** The last part of a partner name, grouped by the kind of partner that tends to use it. */
export const NAME_SUFFIXES_BY_TYPE: Readonly<Record<PartnerType, readonly string[]>> = {
  reseller: entries('Solutions; Business Systems; Direct; Resourcing; Commercial'),
  referral: entries('Ventures; Connect; Advisors; Network'),
  'system-integrator': entries('Integrators; Consulting; Advisory; Partners; Group; Associates'),
  technology: entries('Software; Labs; Technologies; Platforms; Apps'),
  msp: entries('Managed Services; IT Services; Support; Hosting'),
  agency: entries('Studio; Agency; Collective; Creative; Media'),
  distributor: entries('Distribution; Trading; Wholesale; Supply'),
  oem: entries('Embedded; Devices; Engineering'),
};

/** Name suffixes flattened, each with the partner type it hints at. */
export const NAME_SUFFIXES: readonly (readonly [suffix: string, hint: PartnerType])[] =
  Object.entries(NAME_SUFFIXES_BY_TYPE).flatMap(([type, suffixes]) => {
    if (!isPartnerType(type)) throw new Error(`Unknown partner type "${type}" in word lists.`);
    return suffixes.map((suffix) => [suffix, type] as const);
  });

/** A city a partner is based in, with its region and a phone pattern (# is a random digit). */
export interface City {
  /** City name as written locally in English. */
  readonly name: string;
  /** The region it belongs to. */
  readonly region: Region;
  /** International phone pattern, using fictional or reserved ranges where they exist. */
  readonly phone: string;
}

/** Cities partners are based in, weighted by listing the larger markets more often. */
export const CITIES: readonly City[] = entries(`
  New York | North America | +1 212 555 01##
  Chicago | North America | +1 312 555 01##
  Austin | North America | +1 512 555 01##
  Denver | North America | +1 303 555 01##
  Seattle | North America | +1 206 555 01##
  Boston | North America | +1 617 555 01##
  Atlanta | North America | +1 404 555 01##
  San Francisco | North America | +1 415 555 01##
  Minneapolis | North America | +1 612 555 01##
  Toronto | North America | +1 416 555 01##
  Vancouver | North America | +1 604 555 01##
  São Paulo | Latin America | +55 11 9### ####
  Mexico City | Latin America | +52 55 #### ####
  Monterrey | Latin America | +52 81 #### ####
  Bogotá | Latin America | +57 601 ### ####
  Santiago | Latin America | +56 2 #### ####
  Buenos Aires | Latin America | +54 11 #### ####
  Lima | Latin America | +51 1 ### ####
  London | EMEA | +44 20 7946 0###
  Manchester | EMEA | +44 161 496 0###
  Dublin | EMEA | +353 1 ### ####
  Amsterdam | EMEA | +31 20 ### ####
  Rotterdam | EMEA | +31 10 ### ####
  Berlin | EMEA | +49 30 #### ####
  Munich | EMEA | +49 89 #### ####
  Paris | EMEA | +33 1 ## ## ## ##
  Lyon | EMEA | +33 4 ## ## ## ##
  Madrid | EMEA | +34 91 ### ## ##
  Barcelona | EMEA | +34 93 ### ## ##
  Milan | EMEA | +39 02 #### ####
  Stockholm | EMEA | +46 8 ### ### ##
  Copenhagen | EMEA | +45 ## ## ## ##
  Oslo | EMEA | +47 22 ## ## ##
  Helsinki | EMEA | +358 9 #### ####
  Warsaw | EMEA | +48 22 ### ## ##
  Tallinn | EMEA | +372 6## ####
  Riga | EMEA | +371 67 ### ###
  Vilnius | EMEA | +370 5 ### ####
  Zurich | EMEA | +41 44 ### ## ##
  Vienna | EMEA | +43 1 ### ####
  Prague | EMEA | +420 2## ### ###
  Lisbon | EMEA | +351 21 ### ####
  Brussels | EMEA | +32 2 ### ## ##
  Tel Aviv | EMEA | +972 3 ### ####
  Dubai | EMEA | +971 4 ### ####
  Johannesburg | EMEA | +27 11 ### ####
  Cape Town | EMEA | +27 21 ### ####
  Sydney | APAC | +61 2 5550 ####
  Melbourne | APAC | +61 3 5550 ####
  Auckland | APAC | +64 9 ### ####
  Singapore | APAC | +65 6### ####
  Tokyo | APAC | +81 3 #### ####
  Seoul | APAC | +82 2 #### ####
  Bangalore | APAC | +91 80 #### ####
  Mumbai | APAC | +91 22 #### ####
  Hong Kong | APAC | +852 #### ####
  Kuala Lumpur | APAC | +60 3 #### ####
  Manila | APAC | +63 2 #### ####
  Jakarta | APAC | +62 21 #### ####
`).map((line) => {
  const [name = '', region = '', phone = ''] = line.split('|').map((part) => part.trim());
  if (name === '' || phone === '' || !isRegion(region)) {
    throw new Error(`Malformed city line in word lists: "${line}".`);
  }
  return { name, region, phone };
});

/** The verticals partners specialise in. */
export const INDUSTRIES = entries(`
  Financial services; Banking; Insurance; Healthcare; Life sciences; Manufacturing;
  Retail & e-commerce; Logistics; Professional services; Telecommunications; Media & publishing;
  Education; Public sector; Energy & utilities; Real estate; Hospitality; Automotive;
  Software & SaaS; Nonprofit; Construction
`);

/** Given names for partner contacts, from many countries. */
export const FIRST_NAMES = words(`
  Anna Rachel Marcus Hannah Derek Leila Samuel Tessa Kyle Angela Brian Sunil Chloe Nadia
  Greg Fiona Oliver Katrin Lukas Imogen Sindre Ingrid Inês Omar Priyanka Felix Liam Aroha
  Haruto Yui Siti Arjun Valentina Matías Camila Rafael Juliana Diego Natalie Pieter Grace
  Carlos Elena Jonas Līga Mārtiņš Søren Zoë José Łukasz Agnieszka Mateo Sofia Lucas Emma
  Noah Amara Kwame Fatima Youssef Mei Wei Hiroshi Sakura Ravi Ananya Tomasz Ewa Henrik
  Astrid Freya Niamh Declan Ciara Bastien Margaux Giulia Luca Marta Pablo Lucía Thiago
  Beatriz Ayesha Bilal Olivia Ethan Maya Daniel Priya Jordan Alex Morgan Taylor Chen
`);

/** Family names for partner contacts, from many countries. */
export const LAST_NAMES = words(`
  Donnelly Bell Cho Osei Haddad Whitaker Moreno Brandt Ruiz Foley Mehta Tremblay Farouk
  Lindahl Gallagher Grant Vogel Brenner Hart Haugen Solberg Carvalho Al-Sayed Nair Hartmann
  Ngata Sato Tanaka Rahman Iyer Rojas Fuentes Souza Lima Ferreira Treviño Brooks Lim Mendes
  Petrova Feld Petrauskas Bērziņa Ozols Andersen Nowak Kowalski García Martínez Rossi Bianchi
  Müller Schmidt Dubois Laurent Jansen Bakker Nielsen Johansson Virtanen Novák Horvath
  Okafor Mensah Adeyemi Khan Patel Sharma Nakamura Kim Park Nguyen Wong Chen Santos
  Oliveira Silva Morales Castillo Murphy Kelly Walsh Reid Fraser Campbell Hughes Evans
`);

/** Partner-side roles for the main partnership contact. */
export const PRIMARY_ROLES = entries(`
  Alliance Director; Head of Partnerships; Channel Sales Lead; Partner Manager;
  Director of Alliances; Vendor Alliance Manager; Business Development Director
`);

/** Partner-side roles for the executive sponsor. */
export const EXECUTIVE_ROLES = entries(`
  CEO; CTO; Managing Director; VP Sales; COO; Managing Partner; Founder
`);

/** Partner-side roles for a further working contact. */
export const SUPPORTING_ROLES = entries(`
  Partner Marketing Manager; Solutions Architect; Presales Engineer; Practice Lead;
  Head of Delivery; Operations Manager; Marketing Director; Sales Engineer
`);

/** Our own partner managers who own the accounts in a large generated workbook. */
export const SEEDED_OWNERS = entries(`
  Maya Okafor; Daniel Whitlock; Priya Raman; Tomás Herrera; Jordan Ellis; Hana Suzuki;
  Lars Eriksen; Beatriz Costa; Owen Gallagher; Ife Adebayo; Clara Weiss; Sam Patel
`);

/** Tags partner managers use on partners, beyond the regional priority tags. */
export const TAGS = entries(`
  marketplace; co-sell; MDF; certified; deal-reg; joint-webinar; QBR-due; integration-live;
  integration-beta; renewal-risk; enterprise; mid-market; SMB; strategic; referral-fee;
  white-label; training-due; case-study; exec-sponsor; new-logo-focus
`);

/** Regional priority tags, by region. */
export const REGION_TAGS: Readonly<Record<Region, string>> = {
  'North America': 'NA-priority',
  'Latin America': 'LATAM-priority',
  EMEA: 'EMEA-priority',
  APAC: 'APAC-priority',
  Global: 'global-account',
};

/** Month names, January first, for dates written into notes. */
export const MONTHS = words(`
  January February March April May June July August September October November December
`);
