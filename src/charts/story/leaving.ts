/**
 * Marks a step removes fade out instead of vanishing. React has already
 * taken them out of the page when a step's update lands, so we note where
 * every element of the chart's SVG sits just before the update
 * ({@link placesInChart}), and after it put a copy of each removed one back
 * in its old place to fade ({@link fadeOutRemoved}). The copies are
 * decoration: hidden from screen readers, never focusable, id-free, and gone
 * once faded. Only the marks' parents that are still there get one.
 */

/** An element inside the chart's SVG, its parent and the sibling after it. */
export type Place = readonly [element: Element, parent: Node, next: Node | null];

// Not marks: nothing to see fade.
const NOT_MARKS = new Set(['title', 'desc', 'defs', 'style', 'clipPath', 'mask', 'pattern', 'linearGradient', 'filter']);

/** Where each element inside an SVG of `root` sits now. */
export function placesInChart(root: Element): Place[] {
  const places: Place[] = [];
  for (const element of root.querySelectorAll('svg *')) {
    const parent = element.parentNode;
    // Inside the SVG only: a copy of a whole chart or of HTML around it would move the page.
    if (parent instanceof SVGElement && !NOT_MARKS.has(element.localName))
      places.push([element, parent, element.nextSibling]);
  }
  return places;
}

/** The class the fading copies carry (StoryChart's style animates it). */
export const LEAVING = 'dm-story-leaving';

/**
 * Puts a fading copy of each element the update removed back where it was,
 * and removes the copies after `seconds`. Returns how many it put back.
 */
export function fadeOutRemoved(before: readonly Place[], seconds: number): number {
  const copies: Element[] = [];
  for (const [element, parent, next] of before) {
    // The top of a removed part only: its own parent stayed in the page, its children went with it.
    if (element.isConnected || element.parentNode || !parent.isConnected) continue;
    const copy = element.cloneNode(true) as Element;
    for (const node of [copy, ...copy.querySelectorAll('*')]) {
      node.removeAttribute('id');
      node.removeAttribute('tabindex');
    }
    copy.setAttribute('aria-hidden', 'true');
    copy.classList.add(LEAVING);
    parent.insertBefore(copy, next?.parentNode === parent ? next : null);
    copies.push(copy);
  }
  if (copies.length) setTimeout(() => copies.forEach((copy) => copy.remove()), seconds * 1000);
  return copies.length;
}
