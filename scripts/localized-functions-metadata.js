// Emits functions.<locale>.json next to the generated functions.json: the same functions, ids,
// parameters and types, with names and descriptions from a hand-kept translation file.
// A missing or extra id, or a parameter the translation does not know, fails the build.
// `flags` are root properties both files get (Microsoft's metadata: allowErrorForDataTypeAny, allowCustomDataForDataTypeAny).
const fs = require('fs');
const path = require('path');
const { sources, WebpackError, Compilation } = require('webpack');

/** Applies one translation table to the generated metadata; returns [metadata, problems]. */
function localizeMetadata(metadata, translation, locale) {
  const problems = [];
  const known = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(translation.functions)) if (!known.has(id)) problems.push(`${locale}: translation for unknown function ${id}`);
  const functions = metadata.functions.map((fn) => {
    const t = translation.functions[fn.id];
    if (!t) {
      problems.push(`${locale}: no translation for function ${fn.id}`);
      return fn;
    }
    const parameters = fn.parameters.map((p) => {
      const tp = t.parameters && t.parameters[p.name];
      if (!tp) problems.push(`${locale}: no translation for parameter ${p.name} of ${fn.id}`);
      return tp ? { ...p, description: tp.description } : p;
    });
    for (const name of Object.keys(t.parameters || {}))
      if (!fn.parameters.some((p) => p.name === name)) problems.push(`${locale}: translation for unknown parameter ${name} of ${fn.id}`);
    return { ...fn, name: t.name, description: t.description, parameters };
  });
  return [{ ...metadata, functions }, problems];
}

class LocalizedFunctionsMetadataPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('LocalizedFunctionsMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'LocalizedFunctionsMetadataPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.options.source);
        if (!asset) return; // the metadata plugin already reported why
        const metadata = { ...JSON.parse(asset.source.source().toString()), ...(this.options.flags || {}) };
        // The root flags (allowErrorForDataTypeAny, …) in the source file too: the generator sets only one of them.
        compilation.updateAsset(this.options.source, new sources.RawSource(JSON.stringify(metadata, null, 2)));
        for (const [locale, file] of Object.entries(this.options.locales)) {
          const full = path.resolve(compiler.context, file);
          compilation.fileDependencies.add(full);
          const [localized, problems] = localizeMetadata(metadata, JSON.parse(fs.readFileSync(full, 'utf8')), locale);
          problems.forEach((p) => compilation.errors.push(new WebpackError(p)));
          compilation.emitAsset(`functions.${locale}.json`, new sources.RawSource(JSON.stringify(localized, null, 2)));
        }
      });
    });
  }
}

module.exports = { LocalizedFunctionsMetadataPlugin, localizeMetadata };
