import { readFileSync } from 'node:fs';
import type { StartServerOptions } from '../server/start-server';
import { type ConfigValues, type Setting, SETTINGS } from './settings';

/** A bad flag, variable or config file: the CLI prints it with the usage and exits with code 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The resolved configuration: what `startServer` takes, plus the CLI's drain limit. */
export interface ServerConfig {
  options: StartServerOptions;
  shutdownTimeoutMs?: number;
}

function convert(setting: Setting, raw: unknown, name: string): string | number {
  if (setting.kind === 'string') {
    if (typeof raw !== 'string' || raw === '') throw new ConfigError(`${name} must be a non-empty string`);
    if (setting.choices && !setting.choices.includes(raw)) {
      throw new ConfigError(`${name} must be one of ${setting.choices.join(', ')}`);
    }
    return raw;
  }
  const text = String(raw);
  const value = typeof raw === 'number' ? raw : Number(text);
  const { min = 0, max = Number.MAX_SAFE_INTEGER } = setting;
  if ((typeof raw === 'string' && text.trim() === '') || !Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

function setPath(target: ConfigValues, path: Setting['path'], value: unknown): void {
  const [head, key] = path;
  if (key === undefined) target[head] = value;
  else target[head] = { ...(target[head] as object | undefined), [key]: value };
}

/** `shop=https://a.example,https://b.example`: one project's allowed origins. */
function parseCorsEntry(entry: string, name: string): [string, string[]] {
  const [project, origins] = entry.split('=', 2);
  if (!project || !origins) throw new ConfigError(`${name} must look like project=https://site.example[,origin...]`);
  return [project.trim(), origins.split(',').map((origin) => origin.trim()).filter(Boolean)];
}

export function corsFromEntries(entries: readonly string[], name: string): Record<string, string[]> {
  return Object.fromEntries(entries.map((entry) => parseCorsEntry(entry, name)));
}

/** Values given as flags (by flag name) or environment variables (by variable name). */
export function fromStrings(given: (setting: Setting) => { raw: string; name: string } | undefined): ConfigValues {
  const config: ConfigValues = {};
  for (const setting of SETTINGS) {
    const found = given(setting);
    if (found) setPath(config, setting.path, convert(setting, found.raw, found.name));
  }
  return config;
}

function validateCors(value: unknown, name: string): Record<string, string[]> {
  const valid =
    value !== null &&
    typeof value === 'object' &&
    Object.values(value).every((list) => Array.isArray(list) && list.every((o) => typeof o === 'string'));
  if (!valid) throw new ConfigError(`${name} must map project ids to arrays of origins`);
  return value as Record<string, string[]>;
}

/** A JSON config file; unknown keys are refused so a typo does not pass silently. */
export function fromFile(path: string): ConfigValues {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`cannot read the config file ${path}: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError(`the config file ${path} must hold a JSON object`);
  }
  const file = parsed as ConfigValues;
  const config: ConfigValues = {};
  const known = new Set(['cors', ...SETTINGS.map((s) => s.path.join('.')), ...SETTINGS.map((s) => s.path[0])]);
  for (const [key, value] of Object.entries(file)) {
    const nested = value !== null && typeof value === 'object' && !Array.isArray(value) && key !== 'cors';
    const names = nested ? Object.keys(value).map((inner) => `${key}.${inner}`) : [key];
    const unknown = names.find((name) => !known.has(name) || (nested && !SETTINGS.some((s) => s.path.join('.') === name)));
    if (unknown) throw new ConfigError(`unknown setting "${unknown}" in ${path}`);
  }
  for (const setting of SETTINGS) {
    const [head, key] = setting.path;
    const value = key === undefined ? file[head] : (file[head] as ConfigValues | undefined)?.[key];
    if (value !== undefined) setPath(config, setting.path, convert(setting, value, `${setting.path.join('.')} in ${path}`));
  }
  if (file.cors !== undefined) config.cors = validateCors(file.cors, `cors in ${path}`);
  return config;
}

/** Later sources win; sections (timeouts, rateLimit, ws) merge key by key. */
export function mergeConfig(...sources: ConfigValues[]): ConfigValues {
  const merged: ConfigValues = {};
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      const section = value !== null && typeof value === 'object' && !Array.isArray(value) && key !== 'cors';
      merged[key] = section ? { ...(merged[key] as object | undefined), ...value } : value;
    }
  }
  return merged;
}

const RENAMES: Record<string, keyof StartServerOptions> = { data: 'dataPath', project: 'projectId' };

export function toServerConfig(values: ConfigValues): ServerConfig {
  const { logLevel = 'info', shutdownTimeoutMs, rateLimit, ...rest } = values;
  const options: Record<string, unknown> = { logger: logLevel === 'silent' ? false : { level: logLevel } };
  for (const [key, value] of Object.entries(rest)) options[RENAMES[key] ?? key] = value;
  if (rateLimit !== undefined) {
    const { perSecond = 1000, burst } = rateLimit as { perSecond?: number; burst?: number };
    options.rateLimit = perSecond === 0 ? false : { perSecond, burst: burst ?? perSecond * 2 };
  }
  const config: ServerConfig = { options: options as StartServerOptions };
  if (shutdownTimeoutMs !== undefined) config.shutdownTimeoutMs = shutdownTimeoutMs as number;
  return config;
}
