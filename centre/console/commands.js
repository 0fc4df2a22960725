// The post page's commands: what was sent to the post and how it ended, and (for operators) a form to
// send one. The centre signs and publishes it (POST /api/commands); the post runs it once and answers.

const $ = (selector) => document.querySelector(selector);

/** "level=debug for=10m" → { level: 'debug', for: '10m' }; a word without "=" is refused with the word. */
export function parseArguments(text) {
  const args = {};
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const at = word.indexOf('=');
    if (at <= 0) throw new Error(`arguments: expected key=value pairs such as level=debug, found "${word}"`);
    args[word.slice(0, at)] = word.slice(at + 1);
  }
  return args;
}

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text;
  row.append(td);
}

/** Fills #commands-table with the post's latest commands; shows the form to those who may send. */
export async function renderCommands(api, when, postId, mayAct) {
  const rows = await api(`/api/commands?post=${encodeURIComponent(postId)}&limit=20`);
  const body = $('#commands-table tbody');
  body.replaceChildren(
    ...rows.map((command) => {
      const row = document.createElement('tr');
      row.className = `command-${command.state}`;
      const args = Object.entries(command.arguments ?? {}).map(([key, value]) => `${key}=${value}`);
      cell(row, when(Date.parse(command.issued)));
      cell(row, [command.name, ...args].join(' '));
      cell(row, command.issuer);
      cell(row, command.state);
      cell(row, command.reason ?? '');
      return row;
    }),
  );
  $('#commands-none').hidden = rows.length > 0;
  const form = $('#command-form');
  form.hidden = !mayAct;
  form.dataset.post = postId;
}

/** Wires the form once: sends the command, then shows the list again with it on top. */
export function bindCommandForm(api, when, status) {
  const form = $('#command-form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const fields = new FormData(form);
    const postId = form.dataset.post;
    (async () => {
      const request = { post: postId, name: String(fields.get('name')), arguments: parseArguments(String(fields.get('arguments') ?? '')), expires: String(fields.get('expires') || '10m') };
      const sent = await api('/api/commands', { method: 'POST', body: request });
      status(`Command ${sent.name} sent to ${postId} (${sent.id})`);
      await renderCommands(api, when, postId, true);
    })().catch((error) => status(error.message));
  });
}
