// The screenshot gallery: every page in the four languages at desktop and phone width, written
// to test-artifacts/web/gallery with an index.html to flip through (arrow keys, filters).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ARTIFACTS } from './browser.mjs';

export const GALLERY = join(ARTIFACTS, 'gallery');

export function resetGallery() {
  rmSync(GALLERY, { recursive: true, force: true });
  mkdirSync(GALLERY, { recursive: true });
}

const escape = (text) =>
  String(text).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );

/** `shots`: { file, page, language, width } in the order taken. */
export function writeGalleryIndex(shots) {
  const data = JSON.stringify(shots);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Screenshot gallery</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font: 14px system-ui, sans-serif; margin: 0; background: #f4f5f7; }
  header { position: sticky; top: 0; background: #fff; padding: 8px 12px; border-bottom: 1px solid #ddd;
           display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
  main { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 12px; padding: 12px; }
  figure { margin: 0; background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 6px; cursor: zoom-in; }
  figure img { width: 100%; height: 220px; object-fit: cover; object-position: top; }
  figcaption { font-size: 12px; color: #333; }
  #view { position: fixed; inset: 0; background: rgba(0,0,0,.85); display: none; overflow: auto; }
  #view.open { display: block; }
  #view img { display: block; margin: 48px auto; max-width: 96vw; background: #fff; }
  #view p { position: fixed; top: 8px; left: 12px; color: #fff; margin: 0; }
</style></head><body>
<header><strong>${escape(shots.length)} screenshots</strong>
  <label>Language <select id="language"><option value="">all</option></select></label>
  <label>Width <select id="width"><option value="">all</option></select></label>
  <label>Page <select id="page"><option value="">all</option></select></label>
  <span>Click a picture; ← → to flip, Esc to close.</span></header>
<main id="grid"></main>
<div id="view" role="dialog" aria-label="Screenshot"><p id="caption"></p><img id="big" alt=""></div>
<script>
const shots = ${data};
const grid = document.getElementById('grid');
const filters = ['language', 'width', 'page'].map((key) => {
  const select = document.getElementById(key);
  [...new Set(shots.map((shot) => shot[key]))].forEach((value) => select.add(new Option(value, value)));
  select.onchange = render;
  return [key, select];
});
let visible = [];
let current = -1;
function render() {
  visible = shots.filter((shot) => filters.every(([key, select]) => !select.value || String(shot[key]) === select.value));
  grid.innerHTML = '';
  visible.forEach((shot, index) => {
    const figure = document.createElement('figure');
    figure.innerHTML = '<img loading="lazy" alt=""><figcaption></figcaption>';
    figure.querySelector('img').src = shot.file;
    figure.querySelector('figcaption').textContent = shot.page + ' · ' + shot.language + ' · ' + shot.width;
    figure.onclick = () => open(index);
    grid.append(figure);
  });
}
function open(index) {
  current = (index + visible.length) % visible.length;
  const shot = visible[current];
  document.getElementById('big').src = shot.file;
  document.getElementById('caption').textContent = (current + 1) + '/' + visible.length + ' · ' + shot.page + ' · ' + shot.language + ' · ' + shot.width;
  document.getElementById('view').classList.add('open');
}
document.getElementById('view').onclick = () => document.getElementById('view').classList.remove('open');
document.onkeydown = (event) => {
  if (!document.getElementById('view').classList.contains('open')) return;
  if (event.key === 'ArrowRight') open(current + 1);
  if (event.key === 'ArrowLeft') open(current - 1);
  if (event.key === 'Escape') document.getElementById('view').classList.remove('open');
};
render();
</script></body></html>
`;
  writeFileSync(join(GALLERY, 'index.html'), html);
}
