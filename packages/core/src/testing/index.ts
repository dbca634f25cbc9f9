export { createFakeClock, type FakeClock } from './fake-clock';
export { createMemoryTransport, type MemoryTransport } from './memory-transport';
export { createTestClient, type TestClient } from './test-client';
export { probePage, type PageCounts, type PageProbe } from './page-probe';
export { createProbePlugin, type ProbePlugin } from './probe-plugin';
