/** Why an event did not reach the server. Every created event is delivered or counted under one of these. */
export type DropReason =
  | 'queue_full'
  | 'too_large'
  | 'rejected'
  | 'consent_denied'
  | 'consent_pending_overflow'
  | 'filtered'
  | 'invalid'
  | 'plugin_error';

export interface Diagnostics {
  created: number;
  delivered: number;
  dropped: Partial<Record<DropReason, number>>;
  /** Events waiting in the outbox (including those in flight). */
  pending: number;
}

export interface DiagnosticsCounter {
  created(): void;
  delivered(count: number): void;
  dropped(reason: DropReason, count?: number): void;
  snapshot(pending: number): Diagnostics;
}

export function createDiagnostics(): DiagnosticsCounter {
  let created = 0;
  let delivered = 0;
  const dropped: Partial<Record<DropReason, number>> = {};
  return {
    created: () => {
      created++;
    },
    delivered: (count) => {
      delivered += count;
    },
    dropped: (reason, count = 1) => {
      dropped[reason] = (dropped[reason] ?? 0) + count;
    },
    snapshot: (pending) => ({ created, delivered, dropped: { ...dropped }, pending }),
  };
}
