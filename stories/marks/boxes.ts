/** Pairs of elements whose boxes on the page overlap by more than a pixel, as "a / b". */
export function overlapping(elements: readonly Element[]): string[] {
  const boxes = elements.map((e) => ({ text: e.textContent ?? '', box: e.getBoundingClientRect() }));
  const pairs: string[] = [];
  for (const [i, { text, box: a }] of boxes.entries())
    for (const { text: other, box: b } of boxes.slice(i + 1))
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
        pairs.push(`${text} / ${other}`);
  return pairs;
}

/** Elements that reach outside the SVG they are drawn in. */
export function outside(svg: SVGSVGElement, elements: readonly Element[]): string[] {
  const frame = svg.getBoundingClientRect();
  return elements
    .filter((e) => {
      const b = e.getBoundingClientRect();
      return (
        b.left < frame.left - 0.5 ||
        b.right > frame.right + 0.5 ||
        b.top < frame.top - 0.5 ||
        b.bottom > frame.bottom + 0.5
      );
    })
    .map((e) => e.textContent ?? '');
}
