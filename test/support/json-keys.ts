/** Keys that occur twice in one object of a JSON text (JSON.parse keeps the last and hides them). */
export function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  const objects: ({ keys: Set<string>; expectKey: boolean } | undefined)[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = objects.at(-1);
      if (top?.expectKey === true) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) found.push(key);
        top.keys.add(key);
        top.expectKey = false;
      }
      i = end;
    } else if (c === '{') objects.push({ keys: new Set(), expectKey: true });
    else if (c === '[') objects.push(undefined);
    else if (c === '}' || c === ']') objects.pop();
    else if (c === ',') {
      const top = objects.at(-1);
      if (top !== undefined) top.expectKey = true;
    }
  }
  return found;
}
