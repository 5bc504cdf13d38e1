const fs=require('fs'),{SourceMapConsumer}=require('source-map-js'),z=require('zlib');
const dir='/tmp/p6-sm/assets/';
for (const f of fs.readdirSync(dir).filter(f=>/^index.*\.js$/.test(f))) {
  const code=fs.readFileSync(dir+f,'utf8');const map=new SourceMapConsumer(JSON.parse(fs.readFileSync(dir+f+'.map')));
  const lines=code.split('\n');const agg={};let prev=null;
  const add=(src,text)=>{let k=(src||'?').replace(/.*node_modules\//,'nm:');k=k.startsWith('nm:')?k.split('/').slice(0,2).join('/'):k.replace(/^(\.\.\/)+/,'');(agg[k]??=[]).push(text)};
  map.eachMapping(m=>{ if(prev){ const line=lines[prev.generatedLine-1]; const end = m.generatedLine===prev.generatedLine? m.generatedColumn: line.length; add(prev.source, line.slice(prev.generatedColumn,end)); } prev=m; });
  const rows=Object.entries(agg).map(([k,v])=>[k,v.join('').length,z.gzipSync(v.join(''),{level:9}).length]).sort((a,b)=>b[1]-a[1]).slice(0,40);
  console.log(f, code.length); for(const r of rows) console.log('  ',r[0],r[1],r[2]);
}
