// `node build/scripts/icons.mjs [--out folder]`: renders build/icons/icon.svg into every icon the
// installers need, in build/icons/generated/ (gitignored; `npm run dist` runs this first):
//   png/<size>x<size>.png for Linux (16 to 1024), icon.ico for Windows (16 to 256), icon.icns for
//   macOS (16 to 1024, with the @2x variants).
// Pure Node, no package and no ImageMagick (which is not installed everywhere): the source uses
// only filled rect (with rx), circle and polygon, which are rasterised here with 4x4 samples a
// pixel, and PNG, ICO and ICNS are small container formats around zlib-deflated pixels. Anything
// else in the SVG is refused, so the icon can never silently differ from its source.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS entry types by pixel size; the @2x types hold the same pixels as the next size up.
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];
const SAMPLES = 4;

function attributes(tag) {
  return Object.fromEntries([...tag.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

function colour(value) {
  const match = /^#([0-9a-f]{6})$/i.exec(value ?? '');
  if (match === null) throw new Error(`icon.svg: fill must be #rrggbb, not ${value}`);
  const n = Number.parseInt(match[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The shapes of the SVG, each with a bounding box and an inside test in viewBox units. */
export function parseSvg(text) {
  const svg = /<svg\b[^>]*>/.exec(text);
  const viewBox =
    svg &&
    attributes(svg[0])
      .viewBox?.split(/[\s,]+/)
      .map(Number);
  if (!viewBox || viewBox.length !== 4 || viewBox[2] !== viewBox[3]) {
    throw new Error('icon.svg needs a square viewBox');
  }
  const shapes = [];
  const body = text.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag, name] of body.matchAll(/<([a-z]+)\b[^>]*>/g)) {
    if (name === 'svg') continue;
    const a = attributes(tag);
    const fill = colour(a.fill);
    if (name === 'rect') {
      const [x, y, w, h, r] = [a.x, a.y, a.width, a.height, a.rx ?? '0'].map(Number);
      shapes.push({
        fill,
        box: [x, y, x + w, y + h],
        inside: (px, py) => {
          const dx = Math.max(x + r - px, 0, px - (x + w - r));
          const dy = Math.max(y + r - py, 0, py - (y + h - r));
          return px >= x && px <= x + w && py >= y && py <= y + h && dx * dx + dy * dy <= r * r;
        },
      });
    } else if (name === 'circle') {
      const [cx, cy, r] = [a.cx, a.cy, a.r].map(Number);
      shapes.push({
        fill,
        box: [cx - r, cy - r, cx + r, cy + r],
        inside: (px, py) => (px - cx) ** 2 + (py - cy) ** 2 <= r * r,
      });
    } else if (name === 'polygon') {
      const numbers = a.points
        .trim()
        .split(/[\s,]+/)
        .map(Number);
      const points = [];
      for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i], numbers[i + 1]]);
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      shapes.push({
        fill,
        box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
        inside: (px, py) => {
          let inside = false;
          for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
            const [xi, yi] = points[i];
            const [xj, yj] = points[j];
            if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) {
              inside = !inside;
            }
          }
          return inside;
        },
      });
    } else {
      throw new Error(`icon.svg: <${name}> is not supported; use rect, circle or polygon`);
    }
  }
  return { viewBox, shapes };
}

/** RGBA pixels of the icon at size x size, each shape laid over the last with its coverage. */
export function rasterise({ viewBox, shapes }, size) {
  const pixels = new Float64Array(size * size * 4);
  const scale = viewBox[2] / size;
  for (const shape of shapes) {
    const [x0, y0, x1, y1] = shape.box.map((v, i) => (v - viewBox[i % 2]) / scale);
    for (let py = Math.max(0, Math.floor(y0)); py < Math.min(size, Math.ceil(y1)); py += 1) {
      for (let px = Math.max(0, Math.floor(x0)); px < Math.min(size, Math.ceil(x1)); px += 1) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy += 1) {
          for (let sx = 0; sx < SAMPLES; sx += 1) {
            const vx = viewBox[0] + (px + (sx + 0.5) / SAMPLES) * scale;
            const vy = viewBox[1] + (py + (sy + 0.5) / SAMPLES) * scale;
            if (shape.inside(vx, vy)) hits += 1;
          }
        }
        if (hits === 0) continue;
        const alpha = hits / (SAMPLES * SAMPLES);
        const at = (py * size + px) * 4;
        const below = pixels[at + 3];
        const out = alpha + below * (1 - alpha);
        for (let c = 0; c < 3; c += 1) {
          pixels[at + c] = (shape.fill[c] * alpha + pixels[at + c] * below * (1 - alpha)) / out;
        }
        pixels[at + 3] = out;
      }
    }
  }
  const bytes = new Uint8Array(size * size * 4);
  for (let i = 0; i < bytes.length; i += 4) {
    bytes[i] = Math.round(pixels[i]);
    bytes[i + 1] = Math.round(pixels[i + 1]);
    bytes[i + 2] = Math.round(pixels[i + 2]);
    bytes[i + 3] = Math.round(pixels[i + 3] * 255);
  }
  return bytes;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG file (8-bit RGBA, no filtering) of size x size pixels. */
export function encodePng(rgba, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ICO file holding each PNG as it is (Windows Vista and later read PNG entries). */
export function encodeIco(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header[at] = size >= 256 ? 0 : size;
    header[at + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map(({ png }) => png)]);
}

/** An ICNS file of PNG entries, by type. */
export function encodeIcns(entries) {
  const parts = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

/** Writes every icon into `outDir`; returns what it wrote. */
export function generateIcons(outDir = path.join(root, 'build', 'icons', 'generated')) {
  const source = parseSvg(readFileSync(path.join(root, 'build', 'icons', 'icon.svg'), 'utf8'));
  const pngs = new Map(PNG_SIZES.map((size) => [size, encodePng(rasterise(source, size), size)]));
  mkdirSync(path.join(outDir, 'png'), { recursive: true });
  for (const [size, png] of pngs) {
    writeFileSync(path.join(outDir, 'png', `${size}x${size}.png`), png);
  }
  writeFileSync(
    path.join(outDir, 'icon.ico'),
    encodeIco(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))),
  );
  writeFileSync(
    path.join(outDir, 'icon.icns'),
    encodeIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: pngs.get(size) }))),
  );
  writeFileSync(path.join(outDir, 'icon.png'), pngs.get(512));
  return `Wrote ${PNG_SIZES.length} PNGs, icon.ico and icon.icns to ${path.relative(root, outDir)}`;
}

if (
  process.argv[1] !== undefined &&
  fileURLToPath(import.meta.url) === path.resolve(process.argv[1])
) {
  try {
    const at = process.argv.indexOf('--out');
    console.log(generateIcons(at === -1 ? undefined : path.resolve(process.argv[at + 1])));
  } catch (error) {
    console.error(`The icons could not be made: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}
