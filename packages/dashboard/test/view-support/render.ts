import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import type { Api, QueryParams } from '../../src/api/client';
import { ApiError } from '../../src/api/client';

export interface Call {
  path: string;
  params: QueryParams;
}

/** An Api whose answers come from a function, recording every call. */
export function stubApi(answer: (path: string, params: QueryParams) => unknown): Api & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    key: 'sl_r_test',
    calls,
    async get<T>(path: string, params: QueryParams = {}): Promise<T> {
      calls.push({ path, params });
      const value = answer(path, params);
      if (value instanceof ApiError) throw value;
      return value as T;
    },
  };
}

export async function mount(node: ComponentChild): Promise<{ root: HTMLElement; unmount(): void }> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(node, root);
  });
  return {
    root,
    unmount() {
      render(null, root);
      root.remove();
    },
  };
}

/** Lets pending promises and effects settle. */
export async function settle(times = 5): Promise<void> {
  for (let i = 0; i < times; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export const q = (root: ParentNode, testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
export const qa = (root: ParentNode, testId: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
