/**
 * The message an embed sends its host page whenever its height changes.
 * It carries the height twice: under its own key, and under Datawrapper's
 * (`datawrapper-height`), so a page that already loads Datawrapper's
 * responsive-iframe script resizes these frames too.
 */
export function heightMessage(id: string, height: number) {
  const h = Math.ceil(height);
  return { 'damascus-moscow-height': { [id]: h }, 'datawrapper-height': { [id]: h } };
}

/** Posts the height of `element` to the parent page now and after every change. Returns a stop function. */
export function postHeight(element: HTMLElement, id: string, target: Window = window.parent): () => void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last || target === window) return;
    last = height;
    // Any origin: the height of a public chart is no secret, and the host may be any newsroom page.
    target.postMessage(heightMessage(id, height), '*');
  };
  send();
  if (typeof ResizeObserver === 'undefined') {
    window.addEventListener('resize', send);
    return () => window.removeEventListener('resize', send);
  }
  const observer = new ResizeObserver(send);
  observer.observe(element);
  return () => observer.disconnect();
}
