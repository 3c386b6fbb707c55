// Vite's ?raw imports: a file's text, as the story reads a desk's CSV export.
declare module '*.csv?raw' {
  const text: string;
  export default text;
}
