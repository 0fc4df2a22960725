import type pg from 'pg';

/**
 * A number per name, given once and never changed, reused or deleted: each post's (`post_numbers`,
 * migration 9) and each sensor name's (`sensor_numbers`, migration 10). Records carry it beside
 * the name, so the list indexes lead with a 4-byte integer instead of text. Each worker keeps
 * the numbers it has met in memory and asks the database only for names it has not (one
 * statement, before their first commit).
 */
export interface NumberTable {
  table: 'post_numbers' | 'sensor_numbers';
  name: 'post_id' | 'sensor';
  number: 'post_no' | 'sensor_no';
}

export const POST_NUMBERS: NumberTable = { table: 'post_numbers', name: 'post_id', number: 'post_no' };
export const SENSOR_NUMBERS: NumberTable = { table: 'sensor_numbers', name: 'sensor', number: 'sensor_no' };

/** Finds the names' numbers and gives the missing ones theirs, in one statement. */
function numberingStatement({ table, name, number }: NumberTable): string {
  return `
WITH wanted AS (
  SELECT DISTINCT name FROM unnest($1::text[]) AS w(name)
), found AS (
  SELECT n.${name} AS name, n.${number} AS number FROM ${table} n JOIN wanted w ON w.name = n.${name}
), added AS (
  -- DO UPDATE, not DO NOTHING: a row another worker inserted meanwhile is then returned too.
  INSERT INTO ${table} AS n (${name})
  SELECT name FROM wanted WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.name = wanted.name) ORDER BY name
  ON CONFLICT (${name}) DO UPDATE SET ${name} = excluded.${name}
  RETURNING n.${name} AS name, n.${number} AS number
)
SELECT name, number FROM found UNION ALL SELECT name, number FROM added`;
}

export class NameNumbers {
  private readonly numbers = new Map<string, number>();
  private readonly statement: string;

  constructor(private readonly what: NumberTable) {
    this.statement = numberingStatement(what);
  }

  /** Makes sure every name has its number in memory, giving new names theirs. */
  async learn(client: pg.ClientBase, names: Iterable<string>): Promise<void> {
    const unknown = new Set<string>();
    for (const name of names) if (!this.numbers.has(name)) unknown.add(name);
    if (unknown.size === 0) return;
    const rows = (await client.query<{ name: string; number: number }>(this.statement, [[...unknown]])).rows;
    for (const row of rows) this.numbers.set(row.name, row.number);
  }

  /** The number of a name learnt before, undefined for one not learnt yet. */
  known(name: string): number | undefined {
    return this.numbers.get(name);
  }

  /** The number of a name learnt before. */
  numberOf(name: string): number {
    const number = this.numbers.get(name);
    if (number === undefined) throw new Error(`${this.what.name} ${name} got no ${this.what.number}`);
    return number;
  }

  /** The number of each name (in the same order), giving new names theirs. */
  async of(client: pg.ClientBase, names: readonly string[]): Promise<number[]> {
    await this.learn(client, names);
    return names.map((name) => this.numberOf(name));
  }
}
