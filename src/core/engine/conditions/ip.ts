/** IpAddress / NotIpAddress: IPv4 and IPv6 addresses against CIDR blocks (a bare address is /32 or /128). */
import { defineOperator, negate } from './operator.ts';

/** An address as a 128-bit or 32-bit number with its family. */
interface Address {
  v6: boolean;
  value: bigint;
}

/** A CIDR block, ready to test addresses against. */
export interface CidrBlock {
  v6: boolean;
  network: bigint;
  mask: bigint;
}

function parseV4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

function parseV6(text: string): bigint | undefined {
  let head = text;
  let tailV4: bigint | undefined;
  // An embedded IPv4 address in the last 32 bits, e.g. ::ffff:192.0.2.1
  const lastColon = text.lastIndexOf(':');
  if (lastColon >= 0 && text.slice(lastColon + 1).includes('.')) {
    tailV4 = parseV4(text.slice(lastColon + 1));
    if (tailV4 === undefined) return undefined;
    head = text.slice(0, lastColon + 1) + '0:0';
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const left = halves[0] === '' ? [] : (halves[0] as string).split(':');
  const right = halves.length === 2 ? (halves[1] === '' ? [] : (halves[1] as string).split(':')) : [];
  const missing = 8 - left.length - right.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...right];
  let value = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    value = (value << 16n) | BigInt(parseInt(g, 16));
  }
  if (tailV4 !== undefined) value = (value & ~0xffffffffn) | tailV4;
  return value;
}

/** Parse an IPv4 or IPv6 address. */
function parseAddress(text: string): Address | undefined {
  const t = text.trim();
  if (t.includes(':')) {
    const value = parseV6(t);
    return value === undefined ? undefined : { v6: true, value };
  }
  const value = parseV4(t);
  return value === undefined ? undefined : { v6: false, value };
}

/** Parse `a.b.c.d/n`, an IPv6 block, or a bare address. */
export function parseCidr(text: string): CidrBlock | undefined {
  const slash = text.indexOf('/');
  const addr = parseAddress(slash < 0 ? text : text.slice(0, slash));
  if (addr === undefined) return undefined;
  const bits = addr.v6 ? 128 : 32;
  let prefix = bits;
  if (slash >= 0) {
    const p = text.slice(slash + 1).trim();
    if (!/^\d{1,3}$/.test(p) || Number(p) > bits) return undefined;
    prefix = Number(p);
  }
  const all = (1n << BigInt(bits)) - 1n;
  const mask = prefix === 0 ? 0n : (all << BigInt(bits - prefix)) & all;
  return { v6: addr.v6, network: addr.value & mask, mask };
}

/** Is the address inside the block? Different families never match. */
export function cidrContains(block: CidrBlock, address: string): boolean {
  const a = parseAddress(address);
  return a !== undefined && a.v6 === block.v6 && (a.value & block.mask) === block.network;
}

export const IpAddress = defineOperator<CidrBlock>({
  name: 'IpAddress',
  family: 'IpAddress',
  negated: false,
  variables: false,
  valueMode: 'plain',
  prepare: parseCidr,
  test: (request, block) => cidrContains(block, request),
});

export const NotIpAddress = negate(IpAddress, 'NotIpAddress');
