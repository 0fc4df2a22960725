// The live alarm list. Incidents can arrive ten a second: they are drawn once per animation frame,
// and the rows already on screen never jump. New rows go in above them with the list's scroll
// moved by their height (nothing visible moves: no layout shift), then, when the operator is at
// the top and neither pointing into the list nor focused in it, the list glides up to show them.
// An operator reading further down, or about to click a row, keeps the rows where they are.

/** Rows kept in the list: the page stays light however long the shift. */
export const ALARM_ROWS = 100;

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
/** Of the distance left to the top, what a frame of the glide keeps: about 0.2 s to settle. */
const GLIDE = 0.75;

/**
 * Returns `push(row)`. Once per frame the rows pushed since the last one are drawn with
 * `render(row)` (newest on top) and passed to `announce(rows)`, oldest first.
 */
export function liveAlarms(list, render, announce) {
  let pending = [];
  let scheduled = false;
  // Follow the newest until the operator scrolls away; back at the top, follow again. (Our own
  // glide is a scroll too: only the operator's wheel, drag or touch stops the following.)
  let follow = true;
  for (const type of ['wheel', 'pointerdown', 'touchmove']) list.addEventListener(type, () => (follow = false), { passive: true });
  list.addEventListener('scrollend', () => (follow ||= list.scrollTop < 2));
  let gliding = false;
  const following = () => follow && !list.matches(':hover') && !list.contains(document.activeElement);

  // Driven from the frames here, not scrollTo's smooth behaviour: a batch arriving mid-glide must
  // move the scroll by its height, and the browser's own animation would overwrite that.
  function glide() {
    const next = reducedMotion.matches ? 0 : Math.floor(list.scrollTop * GLIDE);
    list.scrollTop = next;
    gliding = next > 0 && following();
    if (gliding) requestAnimationFrame(glide);
  }

  function flush() {
    scheduled = false;
    const rows = pending;
    pending = [];
    const top = list.scrollTop;
    const before = list.scrollHeight;
    list.prepend(...rows.map(render).reverse());
    list.scrollTop = top + (list.scrollHeight - before);
    while (list.children.length > ALARM_ROWS) list.lastElementChild.remove();
    if (!gliding && following()) {
      gliding = true;
      requestAnimationFrame(glide);
    }
    announce(rows);
  }

  return (row) => {
    pending.push(row);
    if (scheduled) return;
    scheduled = true;
    // A tab in the background gets no frames, and its alarm must still sound.
    if (document.hidden) setTimeout(flush, 0);
    else requestAnimationFrame(flush);
  };
}
