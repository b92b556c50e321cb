// The browser rules JSON (IntakeRules.browserJSON(), recorded for the bundled site and every example under
// Tests/Fixtures/intake/rules/, which the Swift snapshot tests keep current) must match the documented schema,
// docs/intake-rules.schema.json: no key the schema does not name, every key it requires, the documented types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'docs', 'intake-rules.schema.json'), 'utf8'));
const folder = join(root, 'Tests', 'Fixtures', 'intake', 'rules');
const snapshots = readdirSync(folder).filter((name) => name.endsWith('.rules.json')).sort();

// Keywords that only describe; every other keyword must be one `problems` understands, so that the schema
// cannot rely on a rule this validator would silently skip.
const ANNOTATIONS = new Set(['$schema', '$defs', 'title', 'description']);
const UNDERSTOOD = new Set(['$ref', 'type', 'properties', 'required', 'additionalProperties', 'items', 'enum']);

function typeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The places where `value` breaks the subset of JSON Schema 2020-12 used by the rules schema. */
function problems(value, node, path = '$') {
  for (const keyword of Object.keys(node)) {
    if (!ANNOTATIONS.has(keyword) && !UNDERSTOOD.has(keyword)) return [`${path}: schema keyword ${keyword} is not supported`];
  }
  if (node.$ref) {
    const name = node.$ref.replace(/^#\/\$defs\//, '');
    if (!schema.$defs[name]) return [`${path}: unknown $ref ${node.$ref}`];
    return problems(value, schema.$defs[name], path);
  }
  const found = [];
  const type = typeOf(value);
  if (node.type && !(node.type === type || (node.type === 'number' && type === 'integer'))) {
    return [`${path}: ${type} where ${node.type} is documented`];
  }
  if (node.enum && !node.enum.includes(value)) found.push(`${path}: ${JSON.stringify(value)} is not one of ${node.enum.join(', ')}`);
  if (type === 'object') {
    for (const key of node.required ?? []) {
      if (!Object.hasOwn(value, key)) found.push(`${path}: required key ${key} is missing`);
    }
    for (const [key, member] of Object.entries(value)) {
      const declared = node.properties?.[key];
      if (declared) found.push(...problems(member, declared, `${path}.${key}`));
      else if (node.additionalProperties === false) found.push(`${path}: key ${key} is not documented`);
      else if (node.additionalProperties) found.push(...problems(member, node.additionalProperties, `${path}.${key}`));
    }
  }
  if (type === 'array' && node.items) value.forEach((item, index) => found.push(...problems(item, node.items, `${path}[${index}]`)));
  return found;
}

test('the bundled site and every example have a recorded rules snapshot', () => {
  assert.ok(snapshots.includes('site.rules.json'));
  assert.ok(snapshots.length >= 6);
});

for (const name of snapshots) {
  test(`${name} matches docs/intake-rules.schema.json`, () => {
    assert.deepEqual(problems(JSON.parse(readFileSync(join(folder, name), 'utf8')), schema), []);
  });
}

test('every documented key of the top level and of each section is snake_case', () => {
  const names = [];
  const collect = (node) => {
    if (!node || typeof node !== 'object') return;
    if (node.properties) names.push(...Object.keys(node.properties));
    for (const child of Object.values(node)) collect(child);
  };
  collect(schema);
  assert.deepEqual(names.filter((key) => !/^[a-z]+(_[a-z]+)*$/.test(key)), []);
});

test('a renamed, missing or mistyped key breaks the schema', () => {
  const rules = JSON.parse(readFileSync(join(folder, 'site.rules.json'), 'utf8'));
  const renamed = { ...rules, bodyField: rules.body_field };
  delete renamed.body_field;
  assert.deepEqual(problems(renamed, schema), ['$: key bodyField is not documented']);
  const missing = { ...rules };
  delete missing.fields;
  assert.deepEqual(problems(missing, schema), ['$: required key fields is missing']);
  const mistyped = { ...rules, limits: { ...rules.limits, request_bytes: '1000' } };
  assert.deepEqual(problems(mistyped, schema), ['$.limits.request_bytes: string where integer is documented']);
  const severity = { ...rules, severities: { ...rules.severities, 'topic.multiple': 'fatal' } };
  assert.deepEqual(problems(severity, schema), ['$.severities.topic.multiple: "fatal" is not one of error, warning']);
});
