import type { Clock } from '../env/clock';
import type { ScopedStorage } from '../env/storage';

export interface SessionState {
  id: string;
  /** Epoch ms of the last activity. */
  lastActivity: number;
  /** utm parameters of the arrival that started the session, `''` when none. */
  campaign: string;
}

export interface SessionManager {
  readonly id: string;
  /** Record activity; starts a new session after the inactivity timeout or on a new campaign. */
  touch(campaign?: string): SessionState;
  /** Start a new session now (after `reset`). */
  renew(): void;
  /** Write the last-activity time to storage (done lazily, and at page hide). */
  persist(): void;
}

const KEY = 'session';
const PERSIST_EVERY_MS = 5000;

/**
 * A session lives in sessionStorage so it survives reloads of the tab. It ends after
 * `timeoutMs` without activity, or when the visitor arrives again through a different
 * campaign (new utm parameters), as GA4 does.
 */
export function createSessionManager(storage: ScopedStorage, clock: Clock, timeoutMs: number, newId: () => string): SessionManager {
  let state = load(storage) ?? fresh('');
  let persistedAt = 0;

  function fresh(campaign: string): SessionState {
    return { id: newId(), lastActivity: clock.now(), campaign };
  }

  function write() {
    persistedAt = clock.now();
    storage.set(KEY, JSON.stringify(state), 'session');
  }

  write();
  return {
    get id() {
      return state.id;
    },
    touch(campaign) {
      const now = clock.now();
      const expired = now - state.lastActivity >= timeoutMs;
      const newCampaign = campaign !== undefined && campaign !== '' && campaign !== state.campaign;
      if (expired || newCampaign) {
        state = fresh(campaign ?? '');
        write();
        return state;
      }
      state.lastActivity = now;
      if (now - persistedAt >= PERSIST_EVERY_MS) write();
      return state;
    },
    renew() {
      state = fresh('');
      write();
    },
    persist: write,
  };
}

function load(storage: ScopedStorage): SessionState | undefined {
  try {
    const raw = storage.get(KEY, 'session');
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<SessionState>;
    if (typeof parsed.id !== 'string' || typeof parsed.lastActivity !== 'number') return undefined;
    return { id: parsed.id, lastActivity: parsed.lastActivity, campaign: typeof parsed.campaign === 'string' ? parsed.campaign : '' };
  } catch {
    return undefined;
  }
}

const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'];

/** The campaign a URL arrives through, as one comparable string (`''` when it has no utm parameters). */
export function campaignOf(url: string): string {
  try {
    const params = new URL(url).searchParams;
    const values = UTM_KEYS.map((key) => params.get(key) ?? '');
    return values.some((value) => value !== '') ? values.join('|') : '';
  } catch {
    return '';
  }
}
