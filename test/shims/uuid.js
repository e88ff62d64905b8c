// CommonJS stand-in for the ESM-only uuid, used by office-addin-mock's dependencies under jest.
const { randomUUID } = require('crypto');
module.exports = { v4: () => randomUUID() };
