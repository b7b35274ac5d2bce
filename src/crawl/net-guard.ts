// Keeps the crawler off private, loopback and link-local addresses (SSRF guard), checked on the resolved IP.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import ipaddr from 'ipaddr.js';

export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATEADDR';
  constructor(host: string, address: string) {
    super(`refusing to connect to private address ${address} (${host})`);
  }
}

/**
 * True for every address that is not plain public unicast: loopback, private, link-local (cloud metadata),
 * carrier-grade NAT, unspecified, broadcast, multicast, reserved (240/4), benchmarking (198.18/15), site-local
 * (fec0::/10), unique-local, and the v6 forms that embed a v4 address (mapped ::ffff:0:0/96 is judged by the v4
 * address inside; NAT64 64:ff9b::/96, 6to4 2002::/16 and Teredo are refused outright, they can reach anything).
 * ipaddr.js does the range tables; anything it cannot parse is not an IP literal.
 */
export function isPrivateAddress(ip: string): boolean {
  if (!ipaddr.isValid(ip)) return false;
  let addr = ipaddr.parse(ip);
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) addr = (addr as ipaddr.IPv6).toIPv4Address();
  return addr.range() !== 'unicast';
}

/**
 * Fails for a literal private IP host in any spelling; DNS names are checked on their resolved addresses at
 * connect time by guardedLookup (Node skips the lookup for IP literals, hence this check on every request).
 */
export function assertHostAllowed(hostname: string, allowPrivate: boolean): void {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && isPrivateAddress(host)) throw new PrivateAddressError(host, host);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A dns.lookup replacement for the socket connector: resolves, then refuses private answers, so the IP we check
 * is the IP we connect to (no DNS-rebinding gap).
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: object, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses as LookupAddress[];
      const bad = allowPrivate ? undefined : list.find((a) => isPrivateAddress(a.address));
      if (bad) return callback(new PrivateAddressError(hostname, bad.address), []);
      if ((options as { all?: boolean }).all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
}
