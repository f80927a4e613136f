// Converts map files from YAML to JSON for the JSON Schema validator that bench/run compares
// simap with. It reads YAML 1.2 core schema values, as simap does, so that a date such as
// 2026-10-02 stays text instead of becoming a timestamp.
// Usage: node bench/yaml2json.js OUT_DIR FILE...  (writes OUT_DIR/<name>.json for each FILE)
'use strict';
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');

const [outDir, ...files] = process.argv.slice(2);
if (!outDir || files.length === 0) {
  console.error('usage: node yaml2json.js OUT_DIR FILE...');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });
for (const file of files) {
  const data = yaml.load(fs.readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA, filename: file });
  const name = path.basename(file).replace(/\.ya?ml$/, '') + '.json';
  fs.writeFileSync(path.join(outDir, name), JSON.stringify(data));
}
