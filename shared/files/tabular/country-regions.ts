/**
 * Countries (by English name, common short form or ISO 3166 alpha-2/alpha-3 code) and the sales
 * region each falls in, so that a CRM's "Billing Country" or "Country/Region" column can set a
 * partner's region. Mexico counts as Latin America, as most partner programmes draw it. Names
 * are written `|`-separated to keep the lists short.
 */
import { foldWords, wordTable } from './words';

const NORTH_AMERICA = [
  'United States|United States of America|USA|US|U.S.|U.S.A.|America|Canada|CA|CAN|Bermuda',
  'BM|Greenland|GL',
];

const LATIN_AMERICA = [
  'Mexico|MX|MEX|Brazil|Brasil|BR|BRA|Argentina|AR|ARG|Chile|CL|CHL|Colombia|CO|COL|Peru|PE',
  'PER|Venezuela|VE|Ecuador|EC|Bolivia|BO|Paraguay|PY|Uruguay|UY|Costa Rica|CR|Panama|PA',
  'Guatemala|GT|Honduras|HN|El Salvador|SV|Nicaragua|NI|Dominican Republic|DO|Puerto Rico',
  'PR|Cuba|CU|Jamaica|JM|Trinidad and Tobago|TT|Bahamas|BS|Barbados|BB|Belize|BZ|Guyana|GY',
  'Suriname|SR|Haiti|HT',
];

const EMEA = [
  'United Kingdom|UK|GB|GBR|Great Britain|England|Scotland|Wales|Northern Ireland|Ireland',
  'IE|IRL|Germany|Deutschland|DE|DEU|France|FR|FRA|Spain|España|ES|ESP|Portugal|PT|PRT',
  'Italy|Italia|IT|ITA|Netherlands|The Netherlands|Holland|NL|NLD|Belgium|BE|BEL|Luxembourg',
  'LU|Switzerland|Schweiz|CH|CHE|Austria|Österreich|AT|AUT|Denmark|DK|DNK|Sweden|SE|SWE',
  'Norway|NO|NOR|Finland|FI|FIN|Iceland|IS|Poland|Polska|PL|POL|Czech Republic|Czechia|CZ',
  'Slovakia|SK|Hungary|HU|Romania|RO|Bulgaria|BG|Greece|GR|Cyprus|CY|Malta|MT|Slovenia|SI',
  'Croatia|HR|Serbia|RS|Bosnia and Herzegovina|BA|Montenegro|ME|North Macedonia|MK|Albania',
  'AL|Estonia|EE|Latvia|LV|Lithuania|LT|Ukraine|UA|Moldova|MD|Belarus|BY|Russia',
  'Russian Federation|RU|Turkey|Türkiye|TR|Georgia|GE|Armenia|AM|Azerbaijan|AZ|Kazakhstan',
  'KZ|Israel|IL|ISR|United Arab Emirates|UAE|AE|Saudi Arabia|KSA|SA|Qatar|QA|Kuwait|KW',
  'Bahrain|BH|Oman|OM|Jordan|JO|Lebanon|LB|Iraq|IQ|Iran|IR|Egypt|EG|Morocco|MA|Algeria|DZ',
  'Tunisia|TN|Libya|LY|Nigeria|NG|Ghana|GH|Kenya|KE|Ethiopia|ET|Tanzania|TZ|Uganda|UG',
  'Rwanda|RW|South Africa|ZA|ZAF|Namibia|Botswana|BW|Zimbabwe|ZW|Zambia|ZM|Mozambique|MZ',
  "Angola|AO|Senegal|SN|Côte d'Ivoire|Ivory Coast|CI|Cameroon|CM|Mauritius|MU|Monaco|MC",
  'Liechtenstein|LI|Andorra|AD|San Marino|SM',
];

const APAC = [
  'Australia|AU|AUS|New Zealand|NZ|NZL|Japan|JP|JPN|China|CN|CHN|Hong Kong|HK|Taiwan|TW',
  'South Korea|Korea|Republic of Korea|KR|KOR|India|IN|IND|Singapore|SG|SGP|Malaysia|MY',
  'Indonesia|ID|Thailand|TH|Vietnam|Viet Nam|VN|Philippines|PH|Pakistan|PK|Bangladesh|BD',
  'Sri Lanka|LK|Nepal|NP|Cambodia|KH|Myanmar|MM|Laos|LA|Mongolia|MN|Brunei|BN|Macau|Macao',
  'MO|Fiji|FJ|Papua New Guinea|PG',
];

const names = (lines: readonly string[]): string[] => lines.flatMap((line) => line.split('|'));

const COUNTRY_REGIONS = wordTable<string>([
  ['North America', names(NORTH_AMERICA)],
  ['Latin America', names(LATIN_AMERICA)],
  ['EMEA', names(EMEA)],
  ['APAC', names(APAC)],
]);

/** The region of a country given by name or code, or undefined when it is not known. */
export function regionOfCountry(country: string): string | undefined {
  return COUNTRY_REGIONS.get(foldWords(country));
}
