import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  encodeIcns,
  encodeIco,
  encodePng,
  parseSvg,
  rasterise,
} from '../../build/scripts/icons.mjs';

const source = parseSvg(
  readFileSync(new URL('../../build/icons/icon.svg', import.meta.url), 'utf8'),
);

/** Width, height and RGBA rows of a PNG written by encodePng (no filtering). */
function decodePng(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatAt = png.indexOf('IDAT', 0, 'latin1');
  const rows = inflateSync(png.subarray(idatAt + 4, idatAt + 4 + png.readUInt32BE(idatAt - 4)));
  const pixel = (x: number, y: number) => {
    const at = y * (width * 4 + 1) + 1 + x * 4;
    return [...rows.subarray(at, at + 4)];
  };
  return { width, height, pixel };
}

describe('the icon generator', () => {
  it('renders the source: transparent corners, the background colour, the white page', () => {
    const png = decodePng(encodePng(rasterise(source, 64), 64));
    expect([png.width, png.height]).toEqual([64, 64]);
    // The rounded square starts 4 px in (64 of 1024) and its corner is cut by the radius.
    expect(png.pixel(0, 0)).toEqual([0, 0, 0, 0]);
    expect(png.pixel(5, 5)[3]).toBe(0);
    // #1f4e79 at the middle of the top edge; #ffffff inside the left page (x 232-500 of 1024).
    expect(png.pixel(32, 8)).toEqual([0x1f, 0x4e, 0x79, 255]);
    expect(png.pixel(20, 40)).toEqual([255, 255, 255, 255]);
  });

  it('blends the edges of shapes over what is below', () => {
    const png = decodePng(encodePng(rasterise(source, 16), 16));
    const alphas = new Set<number>();
    for (let x = 0; x < 16; x += 1) alphas.add(png.pixel(x, 1)[3] ?? -1);
    expect([...alphas].some((alpha) => alpha > 0 && alpha < 255)).toBe(true);
  });

  it('puts the PNGs in an ICO directory, 256 written as 0', () => {
    const pngs = [16, 256].map((size) => ({
      size,
      png: encodePng(new Uint8Array(size * size * 4), size),
    }));
    const ico = encodeIco(pngs);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(2);
    expect([ico[6], ico[22]]).toEqual([16, 0]);
    const secondOffset = ico.readUInt32LE(22 + 12);
    expect(secondOffset).toBe(6 + 32 + (pngs[0]?.png.length ?? 0));
    expect(ico.subarray(secondOffset, secondOffset + 4).toString('latin1', 1)).toBe('PNG');
  });

  it('puts the PNGs in an ICNS file whose lengths add up', () => {
    const png = encodePng(new Uint8Array(16 * 16 * 4), 16);
    const icns = encodeIcns([
      { type: 'icp4', png },
      { type: 'ic11', png },
    ]);
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.toString('latin1', 8, 12)).toBe('icp4');
    expect(icns.readUInt32BE(12)).toBe(png.length + 8);
  });

  it('refuses SVG it cannot render, rather than drawing something else', () => {
    const svg = (body: string) => `<svg viewBox="0 0 10 10">${body}</svg>`;
    expect(() => parseSvg(svg('<path d="M0 0L5 5" fill="#000000"/>'))).toThrow(
      'icon.svg: <path> is not supported; use rect, circle or polygon',
    );
    expect(() => parseSvg(svg('<circle cx="1" cy="1" r="1" fill="red"/>'))).toThrow(
      'icon.svg: fill must be #rrggbb, not red',
    );
    expect(() => parseSvg('<svg viewBox="0 0 10 20"></svg>')).toThrow(
      'icon.svg needs a square viewBox',
    );
  });
});
