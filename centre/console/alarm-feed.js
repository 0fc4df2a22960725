// The live alarm list. Incidents can arrive ten a second across hundreds of posts; the list must
// not jump under the operator's eyes or pointer. So:
// - arrivals are drawn once per animation frame, however many came;
// - every row is one line of one height and the list is redrawn whole, newest on top: each row
//   box stays where it was and only its words change, so nothing on screen shifts (a prepended
//   row would push every row below it down, 40 px at a time);
// - while the operator points into the list, has focus in it or has scrolled down it, the list is
//   held still and the status line counts what waits above; it is drawn when they leave or
//   come back to the top.

/** Rows kept in the list: the page stays light however long the shift. */
export const ALARM_ROWS = 100;

/**
 * `render(row, fresh)` makes one row's item. Returns `reset(rows)` for the list as fetched
 * (newest first) and `push(row)` for a live one; once per frame `announce(rows, waiting)` gets
 * what arrived since the last (oldest first) and how many of the rows are not drawn yet.
 */
export function liveAlarms(list, render, announce) {
  let rows = [];
  /** Rows pushed since the list was last drawn. */
  let waiting = 0;
  let arrived = [];
  let scheduled = false;

  const held = () => list.scrollTop > 2 || list.matches(':hover') || list.contains(document.activeElement);

  function draw() {
    if (waiting === 0 || held()) return;
    list.replaceChildren(...rows.map(({ row, fresh }) => render(row, fresh)));
    waiting = 0;
  }

  function flush() {
    scheduled = false;
    draw();
    const batch = arrived;
    arrived = [];
    if (batch.length > 0) announce(batch, waiting);
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    // A tab in the background gets no frames, and its alarm must still sound.
    if (document.hidden) setTimeout(flush, 0);
    else requestAnimationFrame(flush);
  }

  for (const type of ['pointerleave', 'focusout', 'scrollend']) list.addEventListener(type, () => setTimeout(schedule, 0));

  return {
    reset(fetched) {
      rows = fetched.slice(0, ALARM_ROWS).map((row) => ({ row, fresh: false }));
      list.replaceChildren(...rows.map(({ row, fresh }) => render(row, fresh)));
      waiting = 0;
    },
    push(row) {
      rows.unshift({ row, fresh: true });
      rows.length = Math.min(rows.length, ALARM_ROWS);
      arrived.push(row);
      waiting = Math.min(waiting + 1, ALARM_ROWS);
      schedule();
    },
  };
}
