// Parts of the incident page drawn from the API's answers: its snapshots and its workflow.

const $ = (selector) => document.querySelector(selector);

/**
 * Thumbnails the post sent for the incident; each picture is fetched with the session like any
 * API call. A clip (video/mp4) carries no picture: it is kept on the post and named here, to be
 * fetched with the fetch-file command by its id.
 */
export function renderSnapshots(snapshots, when) {
  const box = $('#snapshots');
  box.replaceChildren(
    ...snapshots.map((snapshot) => {
      const figure = document.createElement('figure');
      if (snapshot.contentType.startsWith('video/')) {
        const caption = document.createElement('figcaption');
        caption.textContent = `${snapshot.camera} · clip kept on the post (fetch-file id=${snapshot.id}) · ${when(Date.parse(snapshot.time))}`;
        figure.append(caption);
        return figure;
      }
      const image = document.createElement('img');
      image.src = snapshot.url;
      image.alt = `Snapshot ${snapshot.id} from ${snapshot.camera}`;
      image.width = 240;
      image.height = 180;
      const caption = document.createElement('figcaption');
      caption.textContent = `${snapshot.camera} · frame ${snapshot.frameIndex}/${snapshot.frameCount} · ${when(Date.parse(snapshot.time))}`;
      figure.append(image, caption);
      return figure;
    }),
  );
  if (snapshots.length === 0) box.textContent = 'No snapshots.';
}

export function renderWorkflow(workflow) {
  const parts = [];
  parts.push(workflow.acknowledged ? `Acknowledged by ${workflow.acknowledged.by}` : 'Not acknowledged');
  parts.push(workflow.assessment ? `assessed as ${workflow.assessment.label} by ${workflow.assessment.by}` : 'not assessed');
  $('#workflow-state').textContent = parts.join('; ');
  $('#history').replaceChildren(
    ...workflow.history.map((entry) => {
      const li = document.createElement('li');
      li.textContent = `${entry.time} ${entry.by}: ${entry.action}${entry.label ? ` ${entry.label}` : ''}${entry.note ? ` (${entry.note})` : ''}`;
      return li;
    }),
  );
}
