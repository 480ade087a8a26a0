// Types of icons.mjs, for the unit test that imports it.

/** A filled shape of the icon's source. */
export interface Shape {
  fill: [number, number, number];
  box: [number, number, number, number];
  inside(x: number, y: number): boolean;
}

/** The icon's source: its viewBox and shapes, in drawing order. */
export interface IconSource {
  viewBox: number[];
  shapes: Shape[];
}

/** The shapes of the SVG; throws on anything but rect, circle and polygon with a #rrggbb fill. */
export function parseSvg(text: string): IconSource;

/** RGBA pixels of the icon at size x size. */
export function rasterise(source: IconSource, size: number): Uint8Array;

/** A PNG file (8-bit RGBA) of size x size pixels. */
export function encodePng(rgba: Uint8Array, size: number): Buffer;

/** An ICO file holding each PNG as it is. */
export function encodeIco(pngs: { size: number; png: Buffer }[]): Buffer;

/** An ICNS file of PNG entries, by type. */
export function encodeIcns(entries: { type: string; png: Buffer }[]): Buffer;

/** Writes every icon into outDir; returns what it wrote. */
export function generateIcons(outDir?: string): string;
