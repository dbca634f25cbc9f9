export interface PageCounts {
  listeners: number;
  timers: number;
  observers: number;
}

export interface PageProbe {
  /** Live DOM listeners, pending timers and connected observers added since the probe started. */
  counts(): PageCounts;
  /** Put back the original globals. */
  restore(): void;
}

type ObserverClass = 'MutationObserver' | 'IntersectionObserver' | 'ResizeObserver' | 'PerformanceObserver';
const OBSERVERS: ObserverClass[] = ['MutationObserver', 'IntersectionObserver', 'ResizeObserver', 'PerformanceObserver'];

/**
 * Instruments `addEventListener`, timers and observers so a test can check that code leaves the
 * page as it found it: counts before start and after shutdown must be equal.
 */
export function probePage(): PageProbe {
  const g = globalThis as typeof globalThis;
  const slots = globalThis as unknown as Record<string, unknown>;
  const listeners = new Map<string, number>();
  const identity = new WeakMap<object, number>();
  let nextIdentity = 0;
  const idOf = (value: object) => {
    let id = identity.get(value);
    if (id === undefined) identity.set(value, (id = ++nextIdentity));
    return id;
  };
  const keyOf = (target: object, type: string, listener: unknown, options?: boolean | EventListenerOptions) => {
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    return `${idOf(target)}|${type}|${listener && typeof listener === 'object' ? idOf(listener) : idOf(listener as object)}|${capture}`;
  };

  // DOM shims (happy-dom, jsdom) may give `window` and `document` their own EventTarget
  // implementation, so patch every object that actually owns `addEventListener`.
  const owners = new Set<EventTarget>();
  const candidates: unknown[] = [typeof EventTarget === 'function' ? EventTarget.prototype : undefined];
  if (typeof window !== 'undefined') candidates.push(window);
  if (typeof document !== 'undefined') candidates.push(document);
  for (const candidate of candidates) {
    let owner = candidate as object | null;
    while (owner && !Object.prototype.hasOwnProperty.call(owner, 'addEventListener')) owner = Object.getPrototypeOf(owner) as object | null;
    if (owner) owners.add(owner as EventTarget);
  }
  const originals = new Map<EventTarget, Pick<EventTarget, 'addEventListener' | 'removeEventListener'>>();
  for (const owner of owners) {
    const originalAdd = owner.addEventListener;
    const originalRemove = owner.removeEventListener;
    originals.set(owner, { addEventListener: originalAdd, removeEventListener: originalRemove });
    owner.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (listener) listeners.set(keyOf(this, type, listener, options), 1);
      return originalAdd.call(this, type, listener, options);
    };
    owner.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (listener) listeners.delete(keyOf(this, type, listener, options));
      return originalRemove.call(this, type, listener, options);
    };
  }

  const pendingTimers = new Set<unknown>();
  const originalSetTimeout = g.setTimeout;
  const originalClearTimeout = g.clearTimeout;
  const originalSetInterval = g.setInterval;
  const originalClearInterval = g.clearInterval;
  g.setTimeout = ((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const handle = originalSetTimeout(
      (...inner: unknown[]) => {
        pendingTimers.delete(handle);
        callback(...inner);
      },
      ms,
      ...args,
    );
    pendingTimers.add(handle);
    return handle;
  }) as typeof setTimeout;
  g.clearTimeout = ((handle: unknown) => {
    pendingTimers.delete(handle);
    originalClearTimeout(handle as ReturnType<typeof setTimeout>);
  }) as typeof clearTimeout;
  g.setInterval = ((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const handle = originalSetInterval(callback, ms, ...args);
    pendingTimers.add(handle);
    return handle;
  }) as typeof setInterval;
  g.clearInterval = ((handle: unknown) => {
    pendingTimers.delete(handle);
    originalClearInterval(handle as ReturnType<typeof setInterval>);
  }) as typeof clearInterval;

  const connected = new Set<object>();
  const originalObservers = new Map<ObserverClass, unknown>();
  for (const name of OBSERVERS) {
    const Original = slots[name] as (new (...args: never[]) => { observe(...a: unknown[]): void; disconnect(): void }) | undefined;
    if (typeof Original !== 'function') continue;
    originalObservers.set(name, Original);
    slots[name] = class extends Original {
      override observe(...args: unknown[]) {
        connected.add(this);
        return super.observe(...args);
      }
      override disconnect() {
        connected.delete(this);
        return super.disconnect();
      }
    };
  }

  return {
    counts: () => ({ listeners: listeners.size, timers: pendingTimers.size, observers: connected.size }),
    restore() {
      for (const [owner, original] of originals) {
        owner.addEventListener = original.addEventListener;
        owner.removeEventListener = original.removeEventListener;
      }
      g.setTimeout = originalSetTimeout;
      g.clearTimeout = originalClearTimeout;
      g.setInterval = originalSetInterval;
      g.clearInterval = originalClearInterval;
      for (const [name, Original] of originalObservers) slots[name] = Original;
    },
  };
}
