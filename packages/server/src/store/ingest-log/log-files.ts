import { mkdir, open, readdir, readFile, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

// A segment is sealed past this size; once every record in it is loaded, its file is deleted.
const SEGMENT_BYTES = 16 * 1024 * 1024;

const SUFFIX = '.log';
const nameOf = (segment: number) => `${String(segment).padStart(12, '0')}${SUFFIX}`;

/** A record found on disk when the log was opened: durable, and maybe not loaded yet. */
export interface RecoveredLine {
  segment: number;
  line: string;
}

interface Segment {
  /** Records written to it (acknowledged or not) and released by the loader. */
  written: number;
  released: number;
  sealed: boolean;
}

interface Waiting {
  line: string;
  resolve(segment: number): void;
  reject(error: unknown): void;
}

/**
 * Append-only files of one JSON line per record, written in groups and made durable with one
 * `fdatasync` per group: a record is durable once `append` resolves. A write that fails may have
 * left part of a line behind, so the next write starts a new file; a line that does not parse on
 * recovery is such a torn write, never one that was acknowledged.
 */
export class LogFiles {
  private readonly segments = new Map<number, Segment>();
  private waiting: Waiting[] = [];
  private writing: Promise<void> | undefined;
  private handle: FileHandle | undefined;
  private active = 0;
  private activeBytes = 0;

  private constructor(private readonly dir: string) {}

  /** Opens (creating) the folder; returns the log and every line its files hold, oldest first. */
  static async open(dir: string): Promise<{ files: LogFiles; recovered: RecoveredLine[] }> {
    await mkdir(dir, { recursive: true });
    const files = new LogFiles(dir);
    const numbers = (await readdir(dir))
      .filter((name) => name.endsWith(SUFFIX))
      .map((name) => Number(name.slice(0, -SUFFIX.length)))
      .filter(Number.isSafeInteger)
      .sort((a, b) => a - b);
    const recovered: RecoveredLine[] = [];
    for (const segment of numbers) {
      const lines = (await readFile(join(dir, nameOf(segment)), 'utf8')).split('\n').filter((line) => line !== '');
      for (const line of lines) recovered.push({ segment, line });
      files.segments.set(segment, { written: lines.length, released: 0, sealed: true });
    }
    files.active = (numbers.at(-1) ?? 0) + 1;
    for (const segment of numbers) await files.dropIfDone(segment);
    return { files, recovered };
  }

  /** Resolves with the record's segment once it is on disk, durably. */
  append(line: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ line, resolve, reject });
      this.writing ??= this.writeAll().finally(() => {
        this.writing = undefined;
      });
    });
  }

  /** The loader has stored `count` more records of `segment`. */
  async release(segment: number, count: number): Promise<void> {
    const s = this.segments.get(segment);
    if (!s) return;
    s.released += count;
    await this.dropIfDone(segment);
  }

  /** Closes the open file; files whose records are all released are deleted. */
  async close(): Promise<void> {
    while (this.writing) await this.writing;
    await this.seal();
  }

  private async writeAll(): Promise<void> {
    while (this.waiting.length > 0) {
      const group = this.waiting;
      this.waiting = [];
      const text = `${group.map((w) => w.line).join('\n')}\n`;
      try {
        const handle = await this.openActive();
        const segment = this.active;
        await handle.write(text);
        await handle.datasync();
        this.activeBytes += Buffer.byteLength(text);
        (this.segments.get(segment) as Segment).written += group.length;
        for (const w of group) w.resolve(segment);
        if (this.activeBytes >= SEGMENT_BYTES) await this.seal();
      } catch (error) {
        // Whatever reached the file may end in half a line: nothing more goes after it.
        await this.seal().catch(() => undefined);
        for (const w of group) w.reject(error);
      }
    }
  }

  private async openActive(): Promise<FileHandle> {
    if (this.handle) return this.handle;
    this.handle = await open(join(this.dir, nameOf(this.active)), 'a');
    this.segments.set(this.active, { written: 0, released: 0, sealed: false });
    this.activeBytes = 0;
    return this.handle;
  }

  private async seal(): Promise<void> {
    const handle = this.handle;
    if (!handle) return;
    const segment = this.active;
    this.handle = undefined;
    this.active++;
    (this.segments.get(segment) as Segment).sealed = true;
    await handle.close();
    await this.dropIfDone(segment);
  }

  private async dropIfDone(segment: number): Promise<void> {
    const s = this.segments.get(segment);
    if (!s || !s.sealed || s.released < s.written) return;
    this.segments.delete(segment);
    await rm(join(this.dir, nameOf(segment)), { force: true });
  }
}
