import type pg from 'pg';

/**
 * Each post's number (`post_numbers`, migration 9): records carry it beside the post id, so the
 * per-post indexes lead with a 4-byte integer instead of text. A number, once given, never
 * changes and its row is never deleted, so each worker keeps the ones it has met in memory and
 * asks the database only for posts it has not (one statement, before their first commit).
 */
const NUMBER_POSTS = `
WITH wanted AS (
  SELECT DISTINCT post_id FROM unnest($1::text[]) AS w(post_id)
), found AS (
  SELECT n.post_id, n.post_no FROM post_numbers n JOIN wanted USING (post_id)
), added AS (
  -- DO UPDATE, not DO NOTHING: a row another worker inserted meanwhile is then returned too.
  INSERT INTO post_numbers AS n (post_id)
  SELECT post_id FROM wanted WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.post_id = wanted.post_id) ORDER BY post_id
  ON CONFLICT (post_id) DO UPDATE SET post_id = excluded.post_id
  RETURNING n.post_id, n.post_no
)
SELECT post_id, post_no FROM found UNION ALL SELECT post_id, post_no FROM added`;

export class PostNumbers {
  private readonly known = new Map<string, number>();

  /** The number of each post id (in the same order), giving new posts theirs. */
  async of(client: pg.ClientBase, postIds: readonly string[]): Promise<number[]> {
    const unknown = postIds.filter((postId) => !this.known.has(postId));
    if (unknown.length > 0) {
      const rows = (await client.query<{ post_id: string; post_no: number }>(NUMBER_POSTS, [unknown])).rows;
      for (const row of rows) this.known.set(row.post_id, row.post_no);
    }
    return postIds.map((postId) => {
      const number = this.known.get(postId);
      if (number === undefined) throw new Error(`post ${postId} got no post number`);
      return number;
    });
  }
}
