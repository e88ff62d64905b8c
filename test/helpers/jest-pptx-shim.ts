/**
 * Test-only. When pptxgenjs believes it runs in Node it starts `import('node:fs')` and
 * `import('node:https')` on every write, for loading images from paths and URLs. Jest runs modules
 * in a vm without dynamic-import support (no --experimental-vm-modules), so those imports reject
 * unhandled and fail the test. The deck embeds no images: under jest, let pptxgenjs take its browser
 * path (Node's own run of buildDeck is unaffected; scripts/preview-deck.sh can time it in plain Node).
 */
Object.defineProperty(process, 'release', { value: { ...process.release, name: 'jest' }, configurable: true });

export {};
