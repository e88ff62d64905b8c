import fs from 'fs';
import path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest, listFiles } = require('../scripts/validate-manifest.js') as {
  validateManifest: (xml: string, emitted: string[]) => string[];
  listFiles: (dir: string) => string[];
};

const root = path.join(__dirname, '..');
const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const emitted: string[] = listFiles(path.join(root, 'dist'));

describe('offline manifest validation', () => {
  it('passes for the real manifest against the real build output', () => {
    expect(validateManifest(manifest, emitted)).toEqual([]);
  });

  it('rejects malformed XML', () => {
    expect(validateManifest(manifest.replace('</OfficeApp>', ''), emitted)[0]).toContain('not well-formed');
  });

  it('rejects a resid that names no resource', () => {
    expect(validateManifest(manifest.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Nope"/>'), emitted)).toEqual(
      expect.arrayContaining([expect.stringContaining('resid="Group.Nope"> names a resource that is not defined'), expect.stringContaining('"Group.Label" is defined but never used')]),
    );
  });

  it('rejects a URL the build does not emit', () => {
    const problems = validateManifest(manifest, emitted.filter((f) => f !== 'functions.zh-CN.json'));
    expect(problems).toEqual([expect.stringContaining('functions.zh-CN.json, which the build does not emit')]);
  });

  it('rejects URLs outside the add-in origin', () => {
    const problems = validateManifest(manifest.replace('https://localhost:3000/help.html"/>', 'https://example.com/help.html"/>'), emitted);
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining('points outside the add-in')]));
  });

  it('enforces the shared-runtime rules', () => {
    const runtimesLast = manifest.replace(/(<Runtimes>[\s\S]*?<\/Runtimes>)\s*(<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/, '$2$1');
    expect(validateManifest(runtimesLast, emitted)).toContain('Runtimes must be the first element under the VersionOverrides Host');
    expect(validateManifest(manifest.replace('lifetime="long"', 'lifetime="short"'), emitted)).toContain('the shared Runtime needs lifetime="long"');
    expect(validateManifest(manifest.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="GetStarted.LearnMoreUrl"/>'), emitted)).toContain(
      'FunctionFile must use the Runtime URL',
    );
    expect(validateManifest(manifest.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ''), emitted)).toContain(
      'Requirements must name the SharedRuntime requirement set (1.1)',
    );
    expect(validateManifest(manifest.replace('<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>', '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>'), emitted)).toContain(
      'Requirements must name CustomFunctionsRuntime 1.3 (CustomFunctions.Error and its ErrorCode members)',
    );
    expect(validateManifest(manifest.replace('<bt:String id="Functions.Namespace" DefaultValue="HR"/>', '<bt:String id="Functions.Namespace" DefaultValue="XX"/>'), emitted)).toContain(
      'the custom functions Namespace must be "HR"',
    );
  });

  it('enforces string length limits', () => {
    const long = 'x'.repeat(126);
    expect(validateManifest(manifest.replace('DefaultValue="Competency is ready"', `DefaultValue="${long}"`), emitted)).toEqual([
      'string "GetStarted.Title" is 126 characters; the limit is 125',
    ]);
  });
});
