/**
 * @module Where a webhook may be sent (server-side request forgery): https to a public host only. No
 * credentials in the URL, no IP literal of a private, loopback, link-local, shared or reserved range, no
 * name that only resolves inside a network (`localhost`, `.local`, `.internal`, a single label). Local
 * development may allow loopback (`allowLoopback`), so a receiver on 127.0.0.1 can be tried. Portable: the
 * clinic CLI refuses such a URL when it is set, the Worker again before every delivery.
 */

/** IPv4 ranges no webhook goes to: [first octets, prefix length]. */
const BLOCKED_V4: [number[], number][] = [
  [[0], 8], // "this network"
  [[10], 8], // private
  [[100, 64], 10], // carrier-grade NAT
  [[127], 8], // loopback
  [[169, 254], 16], // link-local, cloud metadata services
  [[172, 16], 12], // private
  [[192, 0, 0], 24], // protocol assignments
  [[192, 0, 2], 24], // documentation
  [[192, 168], 16], // private
  [[198, 18], 15], // benchmarking
  [[198, 51, 100], 24], // documentation
  [[203, 0, 113], 24], // documentation
  [[224], 3], // multicast and reserved, up to 255.255.255.255
];

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);
const INTERNAL_SUFFIXES = ['.localhost', '.local', '.internal', '.home.arpa', '.lan', '.intranet'];

function v4Number(octets: number[]): number {
  return octets.reduce((n, o) => n * 256 + o, 0);
}

function blockedV4(host: string): boolean {
  const octets = host.split('.').map(Number);
  const address = v4Number(octets);
  return BLOCKED_V4.some(([start, bits]) => {
    const base = v4Number([...start, 0, 0, 0, 0].slice(0, 4));
    const size = 2 ** (32 - bits);
    return address >= base && address < base + size;
  });
}

/** The URL parser has already made every IPv4 spelling (hex, octal, short forms) dotted decimal. */
const isV4 = (host: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(host);

/** Only global unicast (2000::/3) is public; loopback, unique-local, link-local and mapped IPv4 are not. */
const publicV6 = (host: string) => /^\[[23][0-9a-f]{0,3}:/i.test(host);

/** Why `raw` may not receive webhooks, or null when it may. */
export function webhookTargetProblem(raw: string, allowLoopback: boolean): string | null {
  const url = raw.length > 2048 ? null : URL.parse(raw);
  if (!url) return 'is not a URL of at most 2048 characters';
  if (url.username || url.password) return 'must not hold a user name or password';
  const host = url.hostname.toLowerCase();
  if (allowLoopback && LOOPBACK_NAMES.has(host) && (url.protocol === 'http:' || url.protocol === 'https:'))
    return null;
  if (url.protocol !== 'https:') return 'must be an https URL';
  const internal =
    host === 'localhost' || !host.includes('.') || INTERNAL_SUFFIXES.some((s) => host.endsWith(s));
  if (host.startsWith('[') ? !publicV6(host) : isV4(host) ? blockedV4(host) : internal)
    return 'must name a public host: private, loopback, link-local and internal addresses are refused';
  return null;
}
