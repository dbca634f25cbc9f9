// Static server for the example shop: node built-ins only, so it runs before anything is built.
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = dirname(fileURLToPath(import.meta.url));
const PLACEHOLDER = '<!-- sightline -->';
// Every page shares its header and footer, kept in files the server does not serve on their own.
const PARTIALS = [
  ['<!-- site-header -->', join(ROOT, 'site-header.partial')],
  ['<!-- site-footer -->', join(ROOT, 'site-footer.partial')],
];
const SNIPPET_PATH = '/sightline.min.js';
// The full snippet fetches rrweb's recorder from beside itself when a session records.
const RECORDER_PATH = '/sightline-record.min.js';

// Only these extensions are served, which also keeps server.mjs and README.md private.
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// Client-side routes that all load one page (the about tabs use history.pushState).
const ROUTES = new Map([
  ['/', 'index.html'],
  ['/about', 'about.html'],
  ['/about/story', 'about.html'],
  ['/about/team', 'about.html'],
  ['/thanks', 'thanks.html'],
]);

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/i;

const escapeAttribute = (value) =>
  String(value)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** `{ 'project-key': 'k' }` → `<script src="/sightline.min.js" defer data-project-key="k"></script>` */
export function snippetTag(attributes = {}, src = SNIPPET_PATH) {
  let tag = `<script src="${src}" defer`;
  for (const [key, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE_NAME.test(key)) throw new TypeError(`Invalid snippet attribute name: ${key}`);
    if (value === undefined || value === null || value === false) continue;
    const name = key.startsWith('data-') ? key : `data-${key}`;
    tag += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
  }
  return `${tag}></script>`;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

const sendText = (res, status, text, headers) =>
  send(res, status, `${text}\n`, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });

/** Maps a URL path to a file inside ROOT, or null for anything outside it or not servable. */
async function resolveFile(pathname) {
  const route = ROUTES.get(pathname.replace(/\/+$/, '') || '/');
  if (route) return join(ROOT, route);

  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  if (decoded.split(/[\\/]/).some((segment) => segment.startsWith('.'))) return null;
  if (!CONTENT_TYPES[extname(decoded)]) return null;

  const file = resolve(ROOT, `.${decoded}`);
  if (!file.startsWith(ROOT + sep)) return null;
  try {
    // realpath so a symlink cannot lead out of the folder either.
    const real = await realpath(file);
    if (!real.startsWith((await realpath(ROOT)) + sep)) return null;
    if (!(await stat(real)).isFile()) return null;
    return real;
  } catch {
    return null;
  }
}

async function serveSnippet(res, snippetFile, suffix) {
  const file = snippetFile && snippetFile + suffix;
  try {
    const body = await readFile(file);
    const type = suffix ? CONTENT_TYPES['.json'] : CONTENT_TYPES['.js'];
    send(res, 200, body, { 'Content-Type': type });
  } catch {
    const reason = snippetFile
      ? `${file} does not exist yet. Build the snippet first (npm run build).`
      : 'no snippet file was configured for this server.';
    sendText(res, 404, `Sightline snippet not found: ${reason}`);
  }
}

async function servePage(res, file, tag, status = 200) {
  const ext = extname(file);
  let body = await readFile(file);
  if (ext === '.html') {
    body = body.toString('utf8');
    for (const [placeholder, partial] of PARTIALS) {
      const markup = (await readFile(partial, 'utf8')).trim();
      body = body.replace(placeholder, () => markup);
    }
    if (tag) body = body.replace(PLACEHOLDER, () => tag);
  }
  send(res, status, body, { 'Content-Type': CONTENT_TYPES[ext] });
}

function createHandler({ snippetFile, snippetPath, tag }) {
  return async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://shop.invalid');
      const isThanks = pathname === '/thanks' || pathname === '/thanks.html';

      if (req.method === 'POST' && isThanks) {
        // The form carries made-up personal data: throw it away unread.
        req.resume();
        req.on('end', () => servePage(res, join(ROOT, 'thanks.html'), tag).catch(() => res.destroy()));
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        req.resume();
        sendText(res, 405, 'Method not allowed', { Allow: isThanks ? 'GET, HEAD, POST' : 'GET, HEAD' });
        return;
      }

      if (pathname === snippetPath) return await serveSnippet(res, snippetFile, '');
      if (pathname === `${snippetPath}.map`) return await serveSnippet(res, snippetFile, '.map');
      if (pathname === RECORDER_PATH && snippetFile) return await serveSnippet(res, join(dirname(snippetFile), RECORDER_PATH.slice(1)), '');

      const file = await resolveFile(pathname);
      if (!file) return sendText(res, 404, 'Not found');
      await servePage(res, file, tag);
    } catch {
      if (!res.headersSent) sendText(res, 500, 'Internal server error');
      else res.destroy();
    }
  };
}

/**
 * Starts the example shop. `snippetFile` is the absolute path of the built snippet bundle;
 * without it the pages are served with no analytics at all.
 */
export function startShop({ port = 0, host = '127.0.0.1', snippetFile, snippetAttributes = {} } = {}) {
  // Served under its own file name (sightline.min.js, sightline.full.min.js), as a site would host it.
  const snippetPath = snippetFile ? `/${basename(snippetFile)}` : SNIPPET_PATH;
  const tag = snippetFile ? snippetTag(snippetAttributes, snippetPath) : undefined;
  const server = createServer(createHandler({ snippetFile, snippetPath, tag }));

  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, host, () => {
      server.off('error', rejectStart);
      const address = server.address();
      const shownHost = ['0.0.0.0', '::'].includes(host) ? 'localhost' : host;
      const urlHost = shownHost.includes(':') ? `[${shownHost}]` : shownHost;
      const close = () =>
        new Promise((resolveClose, rejectClose) => {
          server.close((error) => (error ? rejectClose(error) : resolveClose()));
          // Keep-alive browser connections would otherwise hold close() open.
          server.closeAllConnections();
        });
      resolveStart({ url: `http://${urlHost}:${address.port}`, close });
    });
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '5173' },
      host: { type: 'string', default: '127.0.0.1' },
      snippet: { type: 'string' },
      'project-key': { type: 'string' },
      endpoint: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid --port: ${values.port}`);

  const shop = await startShop({
    port,
    host: values.host,
    snippetFile: values.snippet && resolve(values.snippet),
    snippetAttributes: { 'project-key': values['project-key'], endpoint: values.endpoint },
  });
  console.log(`Example shop running at ${shop.url}`);
  const stop = () => shop.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
