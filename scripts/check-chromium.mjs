// Story tests drive Debian's Chromium; say how to get it instead of failing obscurely.
import { existsSync } from 'node:fs';
import { chromiumPath as chromium } from './chromium.mjs';

if (!existsSync(chromium)) {
  console.error(
    `Chromium not found at ${chromium}. Story tests need it:\n` +
      '  sudo apt-get install -y chromium   (Debian/Ubuntu)\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary. `npm run test:unit` runs without a browser.',
  );
  process.exit(1);
}
