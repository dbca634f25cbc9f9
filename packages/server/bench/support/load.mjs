// A small HTTP load generator: closed loop (as fast as acknowledged) or open loop (fixed rate).
import { Agent, request } from 'node:http';

function post(agent, url, headers, body) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

function summary(results, seconds, eventsPerBody) {
  const ok = results.filter((r) => r.status === 200);
  const ms = ok.map((r) => r.ms).sort((a, b) => a - b);
  return {
    requests: results.length,
    failed: results.length - ok.length,
    eventsPerSecond: Math.round((ok.length * eventsPerBody) / seconds),
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    max: ms.at(-1) ?? 0,
    /** Share of acknowledgements slower than 50 ms. */
    over50: ms.length === 0 ? 0 : ms.filter((v) => v > 50).length / ms.length,
  };
}

/** `connections` loops posting the bodies in turn for `seconds`. */
export async function closedLoop({ url, headers, bodies, connections, seconds, eventsPerBody }) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const results = [];
  let next = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) results.push(await post(agent, url, headers, bodies[next++ % bodies.length]));
    }),
  );
  agent.destroy();
  return summary(results, seconds, eventsPerBody);
}

/** One request every 1/rate seconds whatever the answers, so slow acks show as latency. */
export async function openLoop({ url, headers, bodies, rate, seconds, eventsPerBody }) {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const pending = [];
  const started = performance.now();
  for (let i = 0; i < rate * seconds; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(post(agent, url, headers, bodies[i % bodies.length]));
  }
  const results = await Promise.all(pending);
  agent.destroy();
  return summary(results, seconds, eventsPerBody);
}
