/**
 * A CRM export of `rows` new partners, every row clean, none matching a sample partner by name
 * or website, so that an import of it creates exactly `rows` partners.
 */
export function partnerListCsv(rows: number): Buffer {
  const types = ['Reseller', 'Technology Partner', 'System Integrator', 'Referral Partner'];
  const countries = ['Germany', 'Portugal', 'Japan', 'Brazil', 'Canada', 'Kenya'];
  const lines = ['Account Name,Website,Type,Billing Country,Account Owner'];
  for (let i = 1; i <= rows; i += 1) {
    const n = String(i).padStart(5, '0');
    const type = types[i % types.length] ?? 'Reseller';
    const country = countries[i % countries.length] ?? 'Germany';
    lines.push(
      `Crashproof Partner ${n},https://crashproof-${n}.example,${type},${country},Owner ${i % 40}`,
    );
  }
  return Buffer.from(lines.join('\r\n'), 'utf8');
}
