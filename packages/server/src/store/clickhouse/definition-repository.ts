import type { ClickHouseClient } from '@clickhouse/client';
import type { DefinitionRepository, EventDefinition } from '../../query/definitions';
import type { EventMatcher } from '../../query/matcher';
import { quoteString } from '../../query/sql-literal';

const str = (value: string) => quoteString(value, 'backslash');

interface Row {
  name: string;
  matcher: string;
  updated_at: string;
}

/** A change or a delete is a new row with a higher version; FINAL reads the newest. */
export function createClickHouseDefinitionRepository(client: ClickHouseClient, db: string): DefinitionRepository {
  let lastVersion = 0;
  const nextVersion = () => (lastVersion = Math.max(lastVersion + 1, Date.now() * 1000));

  const select = async (where: string): Promise<EventDefinition[]> => {
    const result = await client.query({
      query: `SELECT name, matcher, updated_at FROM ${db}.definitions FINAL WHERE ${where} AND deleted = 0 ORDER BY name`,
      format: 'JSONEachRow',
    });
    return ((await result.json()) as Row[]).map((row) => ({
      name: row.name,
      matcher: JSON.parse(row.matcher) as EventMatcher,
      updatedAt: Number(row.updated_at),
    }));
  };

  const write = (projectId: string, definition: EventDefinition, deleted: 0 | 1) =>
    client
      .insert({
        table: `${db}.definitions`,
        values: [
          {
            project_id: projectId,
            name: definition.name,
            matcher: JSON.stringify(definition.matcher),
            updated_at: definition.updatedAt,
            deleted,
            version: nextVersion(),
          },
        ],
        format: 'JSONEachRow',
      })
      .then(() => undefined);

  const get = async (projectId: string, name: string) =>
    (await select(`project_id = ${str(projectId)} AND name = ${str(name)}`))[0];

  return {
    list: (projectId) => select(`project_id = ${str(projectId)}`),
    get,
    put: (projectId, definition) => write(projectId, definition, 0),
    async remove(projectId, name) {
      const existing = await get(projectId, name);
      if (!existing) return false;
      await write(projectId, { ...existing, updatedAt: Date.now() }, 1);
      return true;
    },
  };
}
