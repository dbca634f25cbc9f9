import { existsSync } from 'node:fs';
import { join } from 'node:path';

// Setup of the react-18 project: name the missing install, rather than fail on every import of 'react'.
// The folder comes from the project's config (import.meta.url is not a file URL under happy-dom).
const react18 = join(process.env.SIGHTLINE_REACT_18_DIR ?? '', 'react', 'package.json');
if (!existsSync(react18)) {
  throw new Error('React 18 is not installed (test-setup/react-18/node_modules): run `npm install` at the repository root');
}
