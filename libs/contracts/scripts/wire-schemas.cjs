/**
 * Writes wire-schemas.json: an OpenAPI 3.0 schema for every type of `WireTypes`
 * (src/wire-types.ts) and everything they reference, generated from the TypeScript types
 * themselves so that the API's OpenAPI document can never describe a body the code does not send.
 *
 *   node scripts/wire-schemas.cjs           write the file
 *   node scripts/wire-schemas.cjs --check   exit 1 when the file is not what the types give
 */
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { createGenerator } = require('ts-json-schema-generator');

const root = join(__dirname, '..');
const target = join(root, 'wire-schemas.json');

/** OpenAPI component names allow [A-Za-z0-9._-] only; generic instances such as Page<X> do not. */
const componentName = (name) => name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/_+$/, '');

function generate() {
  const generator = createGenerator({
    path: join(root, 'src/wire-types.ts'),
    tsconfig: join(root, 'tsconfig.json'),
    type: 'WireTypes',
    expose: 'export',
    topRef: false,
    skipTypeCheck: true,
    jsDoc: 'basic',
    additionalProperties: true,
  });
  const { properties, definitions } = generator.createSchema('WireTypes');
  const schemas = {};
  const inlined = new Set();
  for (const [name, schema] of Object.entries(properties)) {
    const refName = schema.$ref
      ? decodeURIComponent(schema.$ref.replace('#/definitions/', ''))
      : null;
    if (refName && refName !== name && /[^A-Za-z0-9._-]/.test(refName)) {
      inlined.add(refName); // Page<CompanyResponse> becomes CompanyPage itself
    }
    schemas[name] =
      refName && refName !== name
        ? (definitions[refName] ?? schema)
        : refName
          ? definitions[refName]
          : schema;
  }
  for (const [name, schema] of Object.entries(definitions)) {
    if (!(name in properties) && !inlined.has(name)) {
      schemas[componentName(name)] = schema;
    }
  }
  return toOpenApi30(rewriteRefs(schemas));
}

function rewriteRefs(value) {
  return JSON.parse(
    JSON.stringify(value, (key, item) =>
      key === '$ref' && typeof item === 'string'
        ? `#/components/schemas/${componentName(decodeURIComponent(item.replace('#/definitions/', '')))}`
        : item,
    ),
  );
}

/** Nest's document is OpenAPI 3.0: no `type: [x, 'null']`, no `const`. */
function toOpenApi30(value) {
  if (Array.isArray(value)) {
    return value.map(toOpenApi30);
  }
  if (!value || typeof value !== 'object') {
    return value;
  }
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = toOpenApi30(item);
  }
  if (
    out.type === 'array' &&
    out.items &&
    !Array.isArray(out.items) &&
    typeof out.minItems === 'number' &&
    out.minItems === out.maxItems
  ) {
    // A TypeScript tuple such as [PartnershipType, PartnershipType]: prefixItems keeps it a tuple
    // in the web's generated types (openapi-typescript), items/minItems/maxItems for 3.0 readers.
    // Only a real tuple: a plain array has neither bound, and `prefixItems: []` would make every
    // list an empty tuple (`items: []`) in the web's types.
    out.prefixItems = Array.from({ length: out.minItems }, () => out.items);
  }
  if (
    out.additionalProperties &&
    typeof out.additionalProperties === 'object' &&
    'not' in out.additionalProperties &&
    Object.keys(out.additionalProperties.not).length === 0
  ) {
    // Record<string, never>: no property at all (openapi-typescript reads `{ not: {} }` as unknown).
    out.additionalProperties = false;
  }
  if ('const' in out) {
    out.enum = [out.const];
    delete out.const;
  }
  if (Array.isArray(out.type)) {
    const types = out.type.filter((type) => type !== 'null');
    const nullable = types.length !== out.type.length;
    delete out.type;
    if (types.length === 1) {
      out.type = types[0];
    } else {
      out.anyOf = types.map((type) => ({ type }));
    }
    if (nullable) {
      out.nullable = true;
    }
  }
  for (const union of ['anyOf', 'oneOf']) {
    if (Array.isArray(out[union]) && out[union].some((item) => item.type === 'null')) {
      const rest = out[union].filter((item) => item.type !== 'null');
      delete out[union];
      if (rest.length === 1 && !rest[0].$ref) {
        Object.assign(out, rest[0]);
      } else {
        out.allOf = rest.length === 1 ? rest : [{ [union]: rest }];
      }
      out.nullable = true;
    }
  }
  return out;
}

const text = `${JSON.stringify(generate(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    process.stderr.write(
      'libs/contracts/wire-schemas.json is not what src/wire-types.ts gives: run `npm run schemas -w @jcc/contracts`\n',
    );
    process.exit(1);
  }
  process.stdout.write('wire-schemas.json is current\n');
} else {
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target}\n`);
}
