// Writes the app icons into public/: an SVG and PNGs (192, 512, maskable 512, apple-touch 180,
// favicon 32), all from the same shapes. PNGs are rasterised here (4×4 supersampling) and encoded
// with node:zlib, so no image tool is needed. Run: node src/features/pwa/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BG = [0x1f, 0x4e, 0x79];
const FG = [0xff, 0xff, 0xff];
const MARK = [0xff, 0xe0, 0x8a];

// Shapes on a 0..100 canvas: a white "L" and a highlight bar under it (a tapped word).
const shapes = [
  { rect: [30, 22, 14, 46], color: FG, r: 2 },
  { rect: [30, 56, 40, 12], color: FG, r: 2 },
  { rect: [30, 74, 40, 7], color: MARK, r: 3.5 },
];

function inRoundRect(x, y, [rx, ry, w, h], r) {
  if (x < rx || y < ry || x > rx + w || y > ry + h) return false;
  const cx = Math.min(Math.max(x, rx + r), rx + w - r);
  const cy = Math.min(Math.max(y, ry + r), ry + h - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** maskable: full-bleed background and shapes scaled into the 80 % safe zone. */
function sample(x, y, { maskable }) {
  let u = x, v = y;
  if (maskable) {
    u = 50 + (x - 50) / 0.8;
    v = 50 + (y - 50) / 0.8;
  } else if (!inRoundRect(x, y, [0, 0, 100, 100], 18)) return null;
  for (const s of shapes) if (inRoundRect(u, v, s.rect, s.r)) return s.color;
  return BG;
}

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, opts) {
  const SS = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const c = sample(((px + (sx + 0.5) / SS) / size) * 100, ((py + (sy + 0.5) / SS) / size) * 100, opts);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((a / (SS * SS)) * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = (c) => '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <rect width="100" height="100" rx="18" fill="${hex(BG)}"/>
${shapes.map((s) => `  <rect x="${s.rect[0]}" y="${s.rect[1]}" width="${s.rect[2]}" height="${s.rect[3]}" rx="${s.r}" fill="${hex(s.color)}"/>`).join('\n')}
</svg>
`;

const out = new URL('../../../public/', import.meta.url);
writeFileSync(new URL('icon.svg', out), svg);
writeFileSync(new URL('icon-192.png', out), png(192, { maskable: false }));
writeFileSync(new URL('icon-512.png', out), png(512, { maskable: false }));
writeFileSync(new URL('icon-maskable-512.png', out), png(512, { maskable: true }));
writeFileSync(new URL('apple-touch-icon.png', out), png(180, { maskable: true }));
writeFileSync(new URL('favicon-32.png', out), png(32, { maskable: false }));
console.log('icons written to public/');
