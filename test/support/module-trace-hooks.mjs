// Loader hooks for module-trace.mjs; they run on the loader thread, so they write the file themselves.
import { appendFileSync } from 'node:fs';

let out;

export function initialize(data) {
  out = data.out;
}

export async function load(url, context, nextLoad) {
  if (out !== undefined) appendFileSync(out, `${url}\n`);
  return nextLoad(url, context);
}
