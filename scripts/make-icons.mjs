// Draws the add-in icons (assets/icon-{16,32,64,80,128}.png): a teal tile with a white
// profile polygon. Pure Node (zlib) so it runs anywhere; rerun after changing the design.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function insidePolygon(x, y, points) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function icon(size) {
  const samples = 4; // supersampling for smooth edges
  const radius = size * 0.18;
  const c = size / 2;
  // A five-axis profile (radar) polygon with uneven reach, as on a competency profile chart.
  const reach = [0.78, 0.55, 0.7, 0.45, 0.66];
  const polygon = reach.map((r, i) => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / reach.length;
    return [c + Math.cos(angle) * r * size * 0.42, c + Math.sin(angle) * r * size * 0.42];
  });
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      let tile = 0;
      let mark = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const px = x + (sx + 0.5) / samples;
          const py = y + (sy + 0.5) / samples;
          const dx = Math.max(radius - px, 0, px - (size - radius));
          const dy = Math.max(radius - py, 0, py - (size - radius));
          if (dx * dx + dy * dy <= radius * radius) {
            tile++;
            if (insidePolygon(px, py, polygon)) mark++;
          }
        }
      const n = samples * samples;
      const white = mark / Math.max(tile, 1);
      const r = Math.round(15 + (255 - 15) * white);
      const g = Math.round(118 + (255 - 118) * white);
      const b = Math.round(110 + (255 - 110) * white);
      row.push(r, g, b, Math.round((255 * tile) / n));
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('assets', { recursive: true });
for (const size of [16, 32, 64, 80, 128]) writeFileSync(`assets/icon-${size}.png`, icon(size));
console.log('icons written to assets/');
