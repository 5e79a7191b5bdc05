import { describe, expect, it } from 'vitest';
import { addressSet, canonicalIp, rateKeyOfIp } from '../../src/security/ip-address.js';

describe('canonicalIp', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    [' 203.0.113.9 ', '203.0.113.9'],
    ['203.0.113.9:4431', '203.0.113.9'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['::FFFF:cb00:7109', '203.0.113.9'],
    ['[::ffff:127.0.0.1]:80', '127.0.0.1'],
    ['::1', '::1'],
  ])('%j → %j', (input, expected) => {
    expect(canonicalIp(input)).toBe(expected);
  });

  it.each([
    '',
    'unknown',
    '203.0.113',
    '203.0.113.256',
    '0203.0.113.9',
    '0x7f.0.0.1',
    '203.0.113.9:port',
    '2001:db8::1::2',
    '[2001:db8::1',
    'shop.example',
    '203.0.113.9, 10.0.0.1',
    '<script>',
  ])('%j is not an address', (input) => {
    expect(canonicalIp(input)).toBeNull();
  });
});

describe('addressSet', () => {
  const set = addressSet(['10.0.0.0/8', '192.0.2.7', '2001:db8::/32', '::1']);
  it.each([
    ['10.200.3.4', true],
    ['11.0.0.1', false],
    ['192.0.2.7', true],
    ['192.0.2.8', false],
    ['::ffff:10.1.1.1', true],
    ['2001:db8:ffff::9', true],
    ['2001:db9::1', false],
    ['::1', true],
    ['::2', false],
    ['garbage', false],
  ])('%s → %s', (address, expected) => {
    expect(set.has(address)).toBe(expected);
  });

  it('names every bad entry', () => {
    expect(() => addressSet(['10.0.0.0/8', '10.0.0.0/33', 'x', '::/129', '1.2.3.4/8/9'])).toThrow(
      'not an address or CIDR (like 10.0.0.0/8): "10.0.0.0/33", "x", "::/129", "1.2.3.4/8/9"',
    );
  });
});

describe('rateKeyOfIp', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:aa::1', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:bb::7', '2001:db8:1:2::/64'],
    ['::1', '::/64'],
    ['unknown', 'unknown'],
  ])('%s → %s', (address, expected) => {
    expect(rateKeyOfIp(address)).toBe(expected);
  });
});
