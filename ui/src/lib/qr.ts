// Reading the laptop's pairing QR code with the tablet's camera: jsQR (Apache-2.0) on
// video frames, and the `mestre://pair?code=…&addr=…` text inside it.

import jsQR from 'jsqr';

export interface PairingTarget {
  code: string;
  address: string;
}

/** The code and address in a pairing QR text, or null for any other text. */
export function parsePairingUri(text: string): PairingTarget | null {
  const m = /^mestre:\/\/pair\?(.*)$/.exec(text.trim());
  if (!m) return null;
  const params = new URLSearchParams(m[1]);
  const code = params.get('code') ?? '';
  const address = params.get('addr') ?? '';
  if (!/^\d{6}$/.test(code) || !address) return null;
  return { code, address };
}

/** Look for a pairing QR code in one frame of pixels (RGBA). */
export function readPairingQr(rgba: Uint8ClampedArray, width: number, height: number): PairingTarget | null {
  const found = jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' });
  return found ? parsePairingUri(found.data) : null;
}
