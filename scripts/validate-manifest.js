#!/usr/bin/env node
// Offline manifest check (Microsoft's office-addin-manifest validate needs an online service).
// Checks: well-formed XML; every resid defined and every resource used; every URL on the add-in's
// origin names a file the build emits; shared-runtime rules; string length limits; zh-CN overrides.
const fs = require('fs');
const path = require('path');
const { DOMParser } = require('@xmldom/xmldom');

const ORIGIN = 'https://localhost:3000/';
const SHORT_MAX = 125;
/** The CustomFunctionsRuntime version the functions need (CustomFunctions.ErrorCode members). */
const CUSTOM_FUNCTIONS_RUNTIME = '1.3';

function versionBelow(have, want) {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) < (b[i] || 0);
  return false;
}
const LONG_MAX = 250;

function elements(node, localName) {
  return Array.from(node.getElementsByTagNameNS('*', localName));
}
function childElements(node) {
  return Array.from(node.childNodes).filter((n) => n.nodeType === 1);
}

/** Returns a list of problems (empty when the manifest is fine). `emitted` lists files relative to dist/. */
function validateManifest(xml, emitted) {
  const problems = [];
  const parseErrors = [];
  let doc;
  try {
    doc = new DOMParser({ onError: (level, message) => level !== 'warning' && parseErrors.push(message) }).parseFromString(xml, 'text/xml');
  } catch (error) {
    parseErrors.push(error.message);
  }
  if (!doc || parseErrors.length || !doc.documentElement || doc.documentElement.localName !== 'OfficeApp') {
    return [`manifest is not well-formed XML with an OfficeApp root: ${parseErrors.join('; ') || 'no OfficeApp element'}`];
  }
  const resources = new Map();
  for (const kind of ['Image', 'Url', 'String']) {
    for (const el of elements(doc, kind)) {
      if (el.namespaceURI !== 'http://schemas.microsoft.com/office/officeappbasictypes/1.0' || !el.getAttribute('id')) continue;
      const id = el.getAttribute('id');
      if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
      resources.set(id, el);
    }
  }
  const used = new Set();
  const all = elements(doc, '*');
  for (const el of all) {
    const resid = el.getAttribute && el.getAttribute('resid');
    if (!resid) continue;
    used.add(resid);
    if (!resources.has(resid)) problems.push(`<${el.localName} resid="${resid}"> names a resource that is not defined`);
  }
  for (const id of resources.keys()) if (!used.has(id)) problems.push(`resource "${id}" is defined but never used`);

  // Every URL on our origin must be a file the build emits.
  const emittedSet = new Set(emitted.map((f) => f.split(path.sep).join('/')));
  for (const el of all) {
    for (const attr of ['DefaultValue', 'Value']) {
      const value = el.getAttribute && el.getAttribute(attr);
      if (!value || !/^https?:\/\//.test(value)) continue;
      if (!value.startsWith(ORIGIN)) {
        problems.push(`<${el.localName}> points outside the add-in's origin: ${value}`);
        continue;
      }
      const file = value.slice(ORIGIN.length).split(/[?#]/)[0];
      if (!emittedSet.has(file)) problems.push(`<${el.localName} ${attr}="${value}"> names ${file}, which the build does not emit`);
    }
  }

  // String limits.
  for (const [id, el] of resources) {
    if (el.localName !== 'String') continue;
    const max = el.parentNode && el.parentNode.localName === 'LongStrings' ? LONG_MAX : SHORT_MAX;
    for (const value of [el.getAttribute('DefaultValue'), ...elements(el, 'Override').map((o) => o.getAttribute('Value'))])
      if (value && value.length > max) problems.push(`string "${id}" is ${value.length} characters; the limit is ${max}`);
  }

  // Shared runtime rules.
  const sets = elements(doc, 'Set').filter((s) => s.getAttribute('Name') === 'SharedRuntime');
  if (!sets.length) problems.push('Requirements must name the SharedRuntime requirement set (1.1)');
  // The functions throw CustomFunctions.Error (CustomFunctionsRuntime 1.2) with ErrorCode members (1.3).
  const functionsRuntime = elements(doc, 'Set').find((s) => s.getAttribute('Name') === 'CustomFunctionsRuntime');
  if (!functionsRuntime || versionBelow(functionsRuntime.getAttribute('MinVersion') || '1.1', CUSTOM_FUNCTIONS_RUNTIME)) {
    problems.push(`Requirements must name CustomFunctionsRuntime ${CUSTOM_FUNCTIONS_RUNTIME} (CustomFunctions.Error and its ErrorCode members)`);
  }
  const overrideHosts = elements(doc, 'VersionOverrides').flatMap((vo) => elements(vo, 'Host'));
  if (!overrideHosts.length) problems.push('VersionOverrides has no Host');
  for (const host of overrideHosts) {
    const first = childElements(host)[0];
    if (!first || first.localName !== 'Runtimes') {
      problems.push('Runtimes must be the first element under the VersionOverrides Host');
      continue;
    }
    const runtime = elements(first, 'Runtime')[0];
    if (!runtime || runtime.getAttribute('lifetime') !== 'long') problems.push('the shared Runtime needs lifetime="long"');
    const runtimeUrl = runtime && runtime.getAttribute('resid');
    const page = elements(host, 'Page')[0];
    const pageSource = page && elements(page, 'SourceLocation')[0];
    if (!pageSource || pageSource.getAttribute('resid') !== runtimeUrl) problems.push('the custom functions Page must use the Runtime URL');
    const functionFile = elements(host, 'FunctionFile')[0];
    if (!functionFile || functionFile.getAttribute('resid') !== runtimeUrl) problems.push('FunctionFile must use the Runtime URL');
    const namespace = elements(host, 'Namespace')[0];
    const ns = namespace && resources.get(namespace.getAttribute('resid'));
    if (!ns || ns.getAttribute('DefaultValue') !== 'HR') problems.push('the custom functions Namespace must be "HR"');
    const metadata = elements(host, 'Metadata')[0];
    const metadataUrl = metadata && resources.get(elements(metadata, 'SourceLocation')[0]?.getAttribute('resid'));
    if (!metadataUrl) problems.push('the custom functions Metadata URL is missing');
    else if (!elements(metadataUrl, 'Override').some((o) => o.getAttribute('Locale') === 'zh-CN'))
      problems.push('the functions metadata URL needs a zh-CN override (functions.zh-CN.json)');
  }
  const displayName = elements(doc, 'DisplayName')[0];
  if (!displayName || !elements(displayName, 'Override').some((o) => o.getAttribute('Locale') === 'zh-CN')) problems.push('DisplayName needs a zh-CN override');
  return problems;
}

function listFiles(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..');
  const dist = path.join(root, 'dist');
  if (!fs.existsSync(dist)) {
    console.error('validate: dist/ does not exist; run `npm run build` first.');
    process.exit(1);
  }
  const problems = validateManifest(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'), listFiles(dist));
  if (problems.length) {
    console.error(`manifest.xml: ${problems.length} problem(s)`);
    problems.forEach((p) => console.error(`  - ${p}`));
    process.exit(1);
  }
  console.log('manifest.xml is valid (offline checks: XML, resources, emitted URLs, shared runtime, string limits, zh-CN).');
}

module.exports = { validateManifest, listFiles };
