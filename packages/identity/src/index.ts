export { createIdentityPlugin, type IdentityPlugin, type IdentityPluginOptions } from './plugin/identity-plugin';
export { ALIAS_EVENT, RESET_EVENT, aliasEvent, type AliasReason } from './plugin/alias-event';
export {
  createCookieIdentity,
  DEFAULT_COOKIE_NAME,
  type AnonymousLink,
  type CookieIdentity,
  type CookieIdentityOptions,
} from './anonymous/cookie-identity';
export type { BrowserGlobals } from './anonymous/browser';
export { createDeviceSignal, DEVICE_SIGNAL_EVENT, type DeviceSignal, type DeviceSignalOptions } from './device/device-signal';
export type { FingerprintLoader, FingerprintModule } from './device/fingerprint-loader';
export { createServerCookieSync, type ServerCookieOptions, type ServerCookieSync } from './server-cookie/server-cookie-sync';
export type { IdentityHooks, IdentityPluginContext, IdentityProvider } from './core-hooks';
