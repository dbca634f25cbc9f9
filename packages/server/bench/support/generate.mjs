// Fills a DuckDB file with synthetic events straight in SQL: 10M rows take a minute, not an hour.
import { DuckDBInstance } from '@duckdb/node-api';

export const BENCH_T0 = 1_764_547_200_000; // 2025-12-01T00:00:00Z
export const SPACING_MS = 260; // 10M events over 30 days

/**
 * Sessions of 25 events on 20 paths, six viewport widths, clicks on 50 selectors, score,
 * scroll and move events, and a full event JSON of ~600 bytes per row.
 */
export async function generateEvents(path, count, projectId = 'bench') {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  try {
    await connection.run(`
      INSERT INTO events BY NAME
      SELECT * EXCLUDE (i), '{"v":1,"id":"' || id || '","type":"' || type || '","ts":' || ts || ',"sessionId":"' || session_id
          || '","anonymousId":"' || anonymous_id || '","page":{"url":"' || url || '","path":"' || path
          || '","title":"Example Shop — autumn sale","referrer":"' || referrer || '","viewport":{"w":' || viewport_w
          || ',"h":860},"docHeight":5200},"target":{"selector":"' || coalesce(target_selector, '') || '","tag":"button","text":"'
          || coalesce(target_text, '') || '"},"props":' || coalesce(props, '{}') || ',"pad":"' || hash(i)::VARCHAR || hash(i + 1)::VARCHAR || '"}' AS event
      FROM (
        SELECT i, ${`'${projectId}'`} AS project_id,
          printf('%08x-0000-7000-8000-%012x', i // 1000000, i) AS id,
          CASE WHEN r < 10 THEN 'pageview' WHEN r < 45 THEN 'click' WHEN r < 55 THEN 'scroll_depth' WHEN r < 60 THEN 'move_heatmap'
               WHEN r < 70 THEN 'score' WHEN r < 73 THEN 'rage_click' WHEN r < 75 THEN 'dead_click' WHEN r < 76 THEN 'error_click'
               ELSE 'custom' END AS type,
          NULL AS name,
          ${BENCH_T0} + i * ${SPACING_MS} AS ts,
          's' || (i // 25) AS session_id,
          'a' || (i // 75) AS anonymous_id,
          NULL AS user_id,
          'https://shop.example.com/p' || ((i // 5) % 20) || CASE WHEN (i // 25) % 4 = 0 THEN '?utm_source=google' ELSE '' END AS url,
          '/p' || ((i // 5) % 20) AS path,
          'Example Shop' AS title,
          CASE WHEN (i // 25) % 3 = 0 THEN 'https://www.google.com/' ELSE '' END AS referrer,
          [375, 414, 800, 1280, 1440, 1920][1 + (i // 25) % 6] AS viewport_w,
          860 AS viewport_h, 5200 AS doc_height,
          CASE WHEN r >= 10 AND r < 45 OR r >= 70 AND r < 76 THEN 'main > section:nth-of-type(' || (i % 50) || ') > button' END AS target_selector,
          CASE WHEN r >= 10 AND r < 45 OR r >= 70 AND r < 76 THEN 'button' END AS target_tag,
          CASE WHEN r >= 10 AND r < 45 OR r >= 70 AND r < 76 THEN 'Add to cart' END AS target_text,
          NULL AS target_href,
          CASE WHEN r >= 10 AND r < 45 THEN (i * 7919) % 1400 END AS page_x,
          CASE WHEN r >= 10 AND r < 45 THEN (i * 104729) % 5000 END AS page_y,
          CASE WHEN r >= 10 AND r < 45 THEN ((i * 31) % 100) / 100.0 END AS rel_x,
          CASE WHEN r >= 10 AND r < 45 THEN ((i * 17) % 100) / 100.0 END AS rel_y,
          CASE WHEN r >= 45 AND r < 55 THEN '{"milestone":' || [25, 50, 75, 90, 100][1 + i % 5] || '}'
               WHEN r >= 55 AND r < 60 THEN '{"points":[[' || (i % 1400) || ',' || (i % 5000) || ',2],[' || (i * 3 % 1400) || ',' || (i * 7 % 5000) || ',1]]}'
               WHEN r >= 60 AND r < 70 THEN '{"engagement":' || (i * 13 % 100) || ',"frustration":' || (i * 7 % 100) || ',"intent":' || (i * 3 % 100) || '}'
               ELSE NULL END AS props,
          ${BENCH_T0} + i * ${SPACING_MS} + 50 AS received_at,
          CASE WHEN (i // 25) % 6 < 2 THEN 'coarse' ELSE 'fine' END AS pointer,
          CASE WHEN (i // 25) % 4 = 0 THEN 'google' ELSE '' END AS utm_source,
          '' AS utm_medium, '' AS utm_campaign,
          CASE WHEN (i // 25) % 3 = 0 THEN 'google.com' ELSE '' END AS referrer_domain,
          '' AS country
        FROM (SELECT i, (i * 2654435761) % 100 AS r FROM range(${count}) t(i))
      )`);
    // Straight-SQL rows bypass the insert path that keeps the session segment tables: have the
    // migration that creates them rebuild them from the events when the server opens the file.
    await connection.run(`DROP TABLE IF EXISTS session_segments; DROP TABLE IF EXISTS visitor_first_sessions;
      DELETE FROM schema_migrations WHERE name = 'session segments'`);
    await connection.run('CHECKPOINT');
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
