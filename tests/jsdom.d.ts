// The one part of jsdom the Node tests use: a DOMParser to read SVG files as XML.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    window: Window & typeof globalThis;
  }
}
