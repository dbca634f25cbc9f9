// One server in its own process, so the load generator does not share its event loop.
// argv: ceiling | duckdb <file> | clickhouse <urls> <cluster>. Prints {url, writeKey} as JSON.
import Fastify from 'fastify';
import { loadServer } from './load-server.mjs';

const [mode, a, b] = process.argv.slice(2);
let info;
if (mode === 'ceiling') {
  // The same body work as ingest (read and JSON.parse 50 KB), then discarded.
  const app = Fastify({ bodyLimit: 1024 * 1024 });
  app.post('/v1/batch', async (request) => ({ accepted: request.body.events.length, duplicates: 0 }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  info = { url: `http://127.0.0.1:${app.server.address().port}`, writeKey: 'none' };
} else {
  const { startServer } = await loadServer();
  const server = await startServer({
    port: 0,
    logger: false,
    rateLimit: false,
    ...(mode === 'duckdb' ? { dataPath: a } : { store: 'clickhouse', clickhouse: { url: a.split(','), cluster: b, database: 'bench' } }),
  });
  info = { url: server.url, writeKey: server.writeKey, readKey: server.readKey };
  process.once('SIGTERM', () => server.close().then(() => process.exit(0)));
}
process.stdout.write(`${JSON.stringify(info)}\n`);
