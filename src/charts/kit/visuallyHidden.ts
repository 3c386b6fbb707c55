/**
 * The standard clip pattern: off screen for sighted readers, read by screen
 * readers. Put it on a block wrapper, never on a `<table>`: browsers ignore
 * `width`, `height` and `overflow` on tables, and a hidden table of 1,000
 * rows then widens the page by thousands of pixels.
 */
export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
