import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
const args = ['--no-sandbox','--disable-gpu','--use-angle=swiftshader','--enable-unsafe-swiftshader', ...(process.env.NOGL?['--disable-webgl','--disable-webgl2']:[])];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
const p = await b.newPage();
const out = [];
p.on('response', async (r) => { try { const body = await r.body(); out.push([r.url(), body.length, gzipSync(body,{level:9}).length]); } catch {} });
p.on('console', (m) => console.log('console', m.type(), m.text()));
await p.goto(process.argv[2] ?? 'http://localhost:4610/');
await p.waitForTimeout(Number(process.env.WAIT ?? 8000));
let tot = 0; for (const o of out) { tot += o[2]; console.log(o[0].replace(/^http:\/\/localhost:\d+/, ''), o[1], o[2]); }
console.log('total gzip KiB', (tot/1024).toFixed(1));
if (process.env.SHOT) await p.screenshot({ path: process.env.SHOT });
await b.close();
