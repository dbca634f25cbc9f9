import type { SightlineEvent } from '@sightline/core';

export interface StoredSummary {
  events: SightlineEvent[];
  /** Rows in query results (a duplicate would count twice). */
  rows: number;
  unique: number;
  duplicates: number;
}

/** Every stored event through the read API, paged by the last id. */
export async function readAllEvents(baseUrl: string, readKey: string): Promise<StoredSummary> {
  const events: SightlineEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const query = new URLSearchParams({ limit: '10000', ...(after && { after }) });
    const response = await fetch(`${baseUrl}/v1/events?${query}`, { headers: { 'x-sightline-key': readKey } });
    if (!response.ok) throw new Error(`GET /v1/events answered ${response.status}: ${await response.text()}`);
    const page = ((await response.json()) as { events: SightlineEvent[] }).events;
    events.push(...page);
    if (page.length < 10_000) break;
    after = page[page.length - 1]!.id;
  }
  const unique = new Set(events.map((event) => event.id)).size;
  return { events, rows: events.length, unique, duplicates: events.length - unique };
}

/** Polls until `done` holds or the time runs out; returns the last read either way. */
export async function waitForStored(
  baseUrl: string,
  readKey: string,
  done: (summary: StoredSummary) => boolean,
  timeoutMs = 20_000,
): Promise<StoredSummary> {
  const deadline = Date.now() + timeoutMs;
  let summary = await readAllEvents(baseUrl, readKey);
  while (!done(summary) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    summary = await readAllEvents(baseUrl, readKey).catch(() => summary);
  }
  return summary;
}
