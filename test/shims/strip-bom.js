// CommonJS stand-in for the ESM-only strip-bom, used by office-addin-mock's dependencies under jest.
module.exports = (text) => (typeof text === 'string' && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
module.exports.default = module.exports;
