import type { DefinitionRepository, EventDefinition } from '../../query/definitions';
import type { EventMatcher } from '../../query/matcher';
import type { DuckDb } from './database';

const toDefinition = (row: Record<string, unknown>): EventDefinition => ({
  name: String(row.name),
  matcher: JSON.parse(String(row.matcher)) as EventMatcher,
  updatedAt: Number(row.updated_at),
});

export function createDuckDbDefinitionRepository(db: DuckDb): DefinitionRepository {
  const select = (where: string, values: Record<string, string>) =>
    db.read(async (c) =>
      (
        await c.runAndReadAll(
          `SELECT name, matcher::VARCHAR AS matcher, updated_at FROM definitions WHERE ${where} ORDER BY name`,
          values,
        )
      )
        .getRowObjectsJS()
        .map(toDefinition),
    );
  return {
    list: (projectId) => select('project_id = $project', { project: projectId }),
    get: async (projectId, name) => (await select('project_id = $project AND name = $name', { project: projectId, name }))[0],
    put: (projectId, definition) =>
      db.write(async (c) => {
        await c.run(
          `INSERT INTO definitions VALUES ($project, $name, $matcher, $updated)
           ON CONFLICT (project_id, name) DO UPDATE SET matcher = excluded.matcher, updated_at = excluded.updated_at`,
          {
            project: projectId,
            name: definition.name,
            matcher: JSON.stringify(definition.matcher),
            updated: BigInt(definition.updatedAt),
          },
        );
      }),
    remove: (projectId, name) =>
      db.write(async (c) => {
        const deleted = await c.runAndReadAll(
          'DELETE FROM definitions WHERE project_id = $project AND name = $name RETURNING name',
          { project: projectId, name },
        );
        return deleted.currentRowCount > 0;
      }),
  };
}
