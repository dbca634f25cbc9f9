declare module '*/scripts/lib/example-config.mjs' {
  import type { InlineConfig } from 'vite';
  export function exampleConfig(name: 'react' | 'vue', target: { endpoint: string; projectKey: string }): InlineConfig;
}
