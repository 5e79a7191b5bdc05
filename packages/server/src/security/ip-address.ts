import { BlockList, isIP, isIPv4 } from 'node:net';

const MAPPED_V4 = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/;

/**
 * An address in one canonical spelling, so that one client is one rate-limit key: IPv4
 * dotted, IPv6 lower-case and compressed, an IPv4-mapped IPv6 address (`::ffff:1.2.3.4`) as
 * its IPv4 address. Accepts what proxies write in `X-Forwarded-For`: a bare address,
 * `1.2.3.4:port`, `[v6]` or `[v6]:port`, a zone id (`fe80::1%eth0`, dropped).
 * @returns the canonical address, or `null` when `text` is not an address.
 * @example canonicalIp(' [::FFFF:203.0.113.9]:443 ') // '203.0.113.9'
 */
export function canonicalIp(text: string): string | null {
  let address = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^[\d.]+:\d{1,5}$/.test(address)) address = address.slice(0, address.indexOf(':'));
  address = address.replace(/%[\w.-]+$/, '');
  if (isIPv4(address)) return address;
  if (isIP(address) !== 6) return null;
  const compressed = new URL(`http://[${address}]`).hostname.slice(1, -1);
  const mapped = MAPPED_V4.exec(compressed);
  if (!mapped) return compressed;
  const high = Number.parseInt(mapped[1] ?? '0', 16);
  const low = Number.parseInt(mapped[2] ?? '0', 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** A set of addresses and CIDR ranges (IPv4 and IPv6). */
export interface AddressSet {
  has(address: string): boolean;
}

/**
 * Compiles a list of addresses and CIDRs (`10.0.0.0/8`, `2001:db8::/32`, `127.0.0.1`).
 * An IPv4 entry also matches the same address written IPv4-mapped.
 * @throws TypeError naming every entry that is not an address or CIDR.
 * @example addressSet(['10.0.0.0/8', '::1']).has('10.1.2.3') // true
 */
export function addressSet(entries: readonly string[]): AddressSet {
  const list = new BlockList();
  const bad: string[] = [];
  for (const entry of entries) {
    const [text = '', prefixText, extra] = entry.trim().split('/');
    const address = canonicalIp(text);
    const family = address && isIPv4(address) ? 'ipv4' : 'ipv6';
    const max = family === 'ipv4' ? 32 : 128;
    const prefix = prefixText === undefined ? max : Number(prefixText);
    const validPrefix = prefixText === undefined || /^\d{1,3}$/.test(prefixText);
    if (!address || extra !== undefined || !validPrefix || prefix > max) {
      bad.push(JSON.stringify(entry));
      continue;
    }
    list.addSubnet(address, prefix, family);
  }
  if (bad.length > 0) {
    throw new TypeError(`not an address or CIDR (like 10.0.0.0/8): ${bad.join(', ')}`);
  }
  return {
    has(address) {
      const canonical = canonicalIp(address);
      if (!canonical) return false;
      return list.check(canonical, isIPv4(canonical) ? 'ipv4' : 'ipv6');
    },
  };
}

/**
 * The key a per-address limit counts under: the address itself for IPv4, its /64 network
 * for IPv6 (one subscriber usually holds a whole /64, so counting single IPv6 addresses
 * would let one client rotate past any limit).
 * @example rateKeyOfIp('2001:db8:1:2:aa::1') // '2001:db8:1:2::/64'
 */
export function rateKeyOfIp(address: string): string {
  const canonical = canonicalIp(address);
  if (!canonical || isIPv4(canonical)) return canonical ?? address;
  const groups = expandIpv6(canonical).slice(0, 4);
  return `${canonicalIp(`${groups.join(':')}::`)}/64`;
}

function expandIpv6(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = Array(Math.max(0, 8 - left.length - right.length)).fill('0');
  return [...left, ...(tail === undefined ? [] : zeros), ...right];
}

const SHARED = addressSet([
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '::1',
  'fc00::/7',
  'fe80::/10',
]);

/**
 * Whether an address is a private, loopback, link-local or carrier-grade NAT one: the
 * address of a proxy or of a whole network rather than of one client (or not an address).
 * @example isSharedAddress('10.1.2.3') // true
 */
export function isSharedAddress(address: string): boolean {
  return canonicalIp(address) === null || SHARED.has(address);
}
