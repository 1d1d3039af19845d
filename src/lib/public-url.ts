/**
 * Whether an address cited in content can be opened by any reader: not this machine, not a private
 * network, not a name that only resolves inside one. The URL parser has already normalised the
 * host ("https://2130706433/" and "https://0x7f.1/" both read as 127.0.0.1).
 */

/** Top-level names reserved for local networks, tests and documentation (RFC 2606, 6761, 6762, 8375). */
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'intranet', 'lan', 'home', 'corp', 'home.arpa', 'test', 'example', 'invalid'];

/** IPv4 ranges no reader can reach: [first octets as a number, prefix length, what it is]. */
const IPV4_RANGES: [number, number, string][] = [
  [0x00000000, 8, 'a "this network" address'],
  [0x0a000000, 8, 'a private network address (10.0.0.0/8)'],
  [0x64400000, 10, 'a carrier-grade NAT address (100.64.0.0/10)'],
  [0x7f000000, 8, 'a loopback address (this machine)'],
  [0xa9fe0000, 16, 'a link-local address (169.254.0.0/16)'],
  [0xac100000, 12, 'a private network address (172.16.0.0/12)'],
  [0xc0a80000, 16, 'a private network address (192.168.0.0/16)'],
  [0xc6120000, 15, 'a benchmarking address (198.18.0.0/15)'],
  [0xe0000000, 3, 'a multicast or reserved address'],
];

function ipv4Problem(host: string): string | undefined {
  const octets = host.split('.').map(Number);
  const value = ((octets[0] ?? 0) * 2 ** 24 + (octets[1] ?? 0) * 2 ** 16 + (octets[2] ?? 0) * 2 ** 8 + (octets[3] ?? 0)) >>> 0;
  for (const [base, bits, what] of IPV4_RANGES) {
    if (value >>> (32 - bits) === base >>> (32 - bits)) return what;
  }
  return undefined;
}

function ipv6Problem(host: string): string | undefined {
  if (host === '::1') return 'a loopback address (this machine)';
  if (host === '::') return 'an unspecified address';
  // IPv4 written as IPv6 (::ffff:7f00:1): judged as the IPv4 address it carries.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (mapped) {
    const [high, low] = [parseInt(mapped[1] ?? '0', 16), parseInt(mapped[2] ?? '0', 16)];
    return ipv4Problem([high >> 8, high & 255, low >> 8, low & 255].join('.'));
  }
  const first = parseInt(host.split(':')[0] || '0', 16);
  if ((first & 0xfe00) === 0xfc00) return 'a private network address (fc00::/7)';
  if ((first & 0xffc0) === 0xfe80) return 'a link-local address (fe80::/10)';
  if ((first & 0xff00) === 0xff00) return 'a multicast address';
  return undefined;
}

/**
 * Why readers could not open `url`, as a phrase ("a loopback address (this machine)"), or
 * undefined for an address on the public internet.
 */
export function nonPublicHost(url: URL): string | undefined {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) return ipv6Problem(host.slice(1, -1));
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return ipv4Problem(host);
  if (!host.includes('.')) return host === 'localhost' ? 'this machine' : 'a name with no domain, which resolves only inside a local network';
  const local = LOCAL_SUFFIXES.find((suffix) => host.endsWith(`.${suffix}`));
  if (local) return `a name under .${local}, which is reserved for local networks, tests or examples`;
  return undefined;
}
