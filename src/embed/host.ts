/**
 * damascus-moscow embeds: resizes every iframe of the package's embed pages
 * to the height its chart reports. Load it once on the host page:
 * `<script src="…/host.js" async></script>`. A frame is found by the window
 * that sent the message, so ids, URLs and origins do not matter, and a
 * message from any other frame is ignored.
 */
window.addEventListener('message', (event: MessageEvent) => {
  const heights = event.data?.['damascus-moscow-height'];
  if (!heights || typeof heights !== 'object') return;
  for (const id in heights) {
    const height = Number(heights[id]);
    if (!(height > 0 && height < 100000)) continue;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
    }
  }
});
