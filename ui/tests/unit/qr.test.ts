// The tablet's scanner reads the QR code exactly as the laptop's Rust core draws it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePairingUri, readPairingQr } from '../../src/lib/qr';

describe('pairing QR code', () => {
  it('is read from the pixels the laptop draws', () => {
    const raw = readFileSync(join(process.cwd(), 'tests/fixtures/pairing-qr.rgba'));
    const width = raw.readUInt32LE(0);
    const height = raw.readUInt32LE(4);
    const pixels = new Uint8ClampedArray(raw.buffer, raw.byteOffset + 8, width * height * 4);
    expect(readPairingQr(pixels, width, height)).toEqual({ code: '482913', address: '192.168.1.20:47474' });
  });

  it('ignores codes that are not Mestre pairing codes', () => {
    expect(parsePairingUri('https://example.org/?code=123456')).toBeNull();
    expect(parsePairingUri('mestre://pair?code=12345&addr=1.2.3.4:5')).toBeNull();
    expect(parsePairingUri('mestre://pair?code=123456')).toBeNull();
    expect(parsePairingUri(' mestre://pair?code=123456&addr=10.0.0.2:47474 ')).toEqual({ code: '123456', address: '10.0.0.2:47474' });
  });
});
