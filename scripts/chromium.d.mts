/** Where Debian's Chromium is (`CHROMIUM_PATH` overrides it). */
export const chromiumPath: string;
/** The flags every browser test launches it with. */
export const chromiumArgs: string[];
