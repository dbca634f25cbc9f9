import { existsSync } from 'node:fs';

// Setup of the react-18 project: name the missing install, rather than fail on every import of 'react'.
const react18 = new URL('../../../test-setup/react-18/node_modules/react/package.json', import.meta.url);
if (!existsSync(react18)) {
  throw new Error('React 18 is not installed (test-setup/react-18/node_modules): run `npm install` at the repository root');
}
