// Tests of the build output (manifest URLs, functions metadata, bundle contents) need dist/.
// `npm test` builds first; a bare `npx jest` builds here when dist/ is missing.
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');

module.exports = async () => {
  const dist = path.join(__dirname, '..', 'dist');
  if (!fs.existsSync(path.join(dist, 'functions.json'))) {
    execSync('npx webpack --mode production', { cwd: path.join(__dirname, '..'), stdio: 'inherit' });
  }
};
