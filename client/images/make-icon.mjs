#!/usr/bin/env node
// Draws icon.png (128x128): lines of a numbered statement on a blue page, with a green tick.
// Run it again after changing the drawing; the PNG is checked in.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const pixels = Buffer.alloc(SIZE * SIZE * 4);
const BLUE = [31, 78, 121, 255];
const WHITE = [245, 245, 240, 255];
const GREY = [170, 190, 210, 255];
const GREEN = [76, 175, 80, 255];

function paint(inside, colour) {
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) if (inside(x + 0.5, y + 0.5)) pixels.set(colour, (y * SIZE + x) * 4);
}
const roundedSquare = (x, y) => {
  const r = 20, cx = Math.min(Math.max(x, r), SIZE - r), cy = Math.min(Math.max(y, r), SIZE - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const box = (x0, y0, x1, y1) => (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;
const segment = (ax, ay, bx, by, width) => (x, y) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= (width / 2) ** 2;
};

paint(roundedSquare, BLUE);
for (const [row, length] of [[26, 78], [46, 70], [66, 50], [86, 40]]) {
  paint(box(22, row, 32, row + 8), GREY);
  paint(box(38, row, 38 + length - 16, row + 8), WHITE);
}
paint(segment(74, 92, 86, 104, 11), GREEN);
paint(segment(86, 104, 108, 74, 11), GREEN);

const rows = Buffer.concat(Array.from({ length: SIZE }, (_, y) => Buffer.concat([Buffer.from([0]), pixels.subarray(y * SIZE * 4, (y + 1) * SIZE * 4)])));
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc(body), body.length + 4);
  return out;
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8);
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('icon.png', import.meta.url), png);
