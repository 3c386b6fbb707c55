/**
 * Marks a step removes fade out instead of vanishing. React has already
 * taken them out of the page when a step's update lands, so we watch the
 * update (a MutationObserver, from just before React changes the page to
 * just after) and put a copy of each removed mark back in its old place to
 * fade. Watching costs only what the step removes, not a walk over every
 * mark. The copies are decoration: hidden from screen readers, never
 * focusable, id-free, and gone once faded.
 */

/** The class the fading copies carry (StoryChart's style animates it). */
export const LEAVING = 'dm-story-leaving';

// Not marks: nothing to see fade.
const NOT_MARKS = new Set([
  'title',
  'desc',
  'defs',
  'style',
  'clipPath',
  'mask',
  'pattern',
  'linearGradient',
  'filter',
]);

/**
 * Starts watching the SVGs inside `root`. Call the function it returns once
 * the update is done: it puts a fading copy of each removed mark back where
 * it was, removes the copies after `seconds`, stops watching and says how
 * many it put back.
 */
export function watchRemovals(root: Element, seconds: number): () => number {
  const observer = new MutationObserver(() => {});
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    const records = observer.takeRecords();
    observer.disconnect();
    const copies: Element[] = [];
    for (const { target: parent, removedNodes, nextSibling: next } of records) {
      // Inside an SVG only: a copy of a whole chart or of HTML around it would move the page.
      if (!(parent instanceof SVGElement) || !parent.isConnected) continue;
      for (const removed of removedNodes) {
        if (!(removed instanceof Element) || NOT_MARKS.has(removed.localName)) continue;
        const copy = removed.cloneNode(true) as Element;
        for (const node of [copy, ...copy.querySelectorAll('*')]) {
          node.removeAttribute('id');
          node.removeAttribute('tabindex');
        }
        copy.setAttribute('aria-hidden', 'true');
        copy.classList.add(LEAVING);
        parent.insertBefore(copy, next?.parentNode === parent ? next : null);
        copies.push(copy);
      }
    }
    if (copies.length)
      setTimeout(() => {
        for (const copy of copies) copy.remove();
      }, seconds * 1000);
    return copies.length;
  };
}
