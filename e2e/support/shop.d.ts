declare module '*/examples/shop/server.mjs' {
  export function startShop(options: {
    port?: number;
    host?: string;
    snippetFile: string;
    snippetAttributes?: Record<string, string>;
  }): Promise<{ url: string; close(): Promise<void> }>;
}
