import fs from 'node:fs'; import z from 'node:zlib';
import { topology } from 'topojson-server';
import { quantize, feature } from 'topojson-client';
const g = JSON.parse(fs.readFileSync('public/data/countries.geojson'));
const gz = (s) => z.gzipSync(s, { level: 9 }).length;
const t0 = topology({ countries: g });
for (const s of [0.01, 0.02, 0.03]) {
  const t = quantize(t0, { scale: [s, s], translate: [-180, -90] });
  const str = JSON.stringify(t);
  console.log('scale', s, 'raw', str.length, 'gz', (gz(str)/1024).toFixed(1));
  if (s === 0.01) { const back = feature(t, t.objects.countries); const a = JSON.stringify(back.features.map(f=>f.geometry)); const b = JSON.stringify(g.features.map(f=>f.geometry)); console.log('roundtrip geometry equal?', a === b, a.length, b.length); console.log(a.slice(0,200)); console.log(b.slice(0,200)); }
}
